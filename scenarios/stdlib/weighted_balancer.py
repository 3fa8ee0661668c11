# A weighted load balancer: requests go to backends picked with random.choices by weight
# (seeded), a canary gets a shuffled sample of users, and a Counter checks the spread.
# Covers: random.Random (choices with weights and cum_weights, shuffle, sample, randrange,
# getstate/setstate, seed with a string), collections.Counter, asyncio.gather.
import asyncio
import random
from collections import Counter

BACKENDS = ["a", "b", "c", "d"]
WEIGHTS = [5, 3, 1, 1]


async def send(rng: random.Random, request: int, picks: Counter):
    backend = rng.choices(BACKENDS, weights=WEIGHTS)[0]
    picks[backend] += 1
    await asyncio.sleep(0.01 * (BACKENDS.index(backend) + 1))
    return backend


async def main():
    rng = random.Random("balancer-v1")
    picks = Counter()
    chosen = await asyncio.gather(*(send(rng, i, picks) for i in range(40)))
    print("".join(chosen))
    print(picks.most_common(), sum(picks.values()))
    users = [f"user{i}" for i in range(12)]
    rng.shuffle(users)
    print(users)
    print("canary:", rng.sample(users, 3), rng.sample(range(1000), 4))
    state = rng.getstate()
    first = [rng.randrange(0, 100, 5) for _ in range(5)]
    rng.setstate(state)
    print(first, first == [rng.randrange(0, 100, 5) for _ in range(5)])
    print(rng.choices("xyz", cum_weights=[1, 1, 10], k=8))


asyncio.run(main())
