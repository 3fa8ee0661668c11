# Retries with exponential backoff and full jitter: a flaky service fails a seeded random
# fraction of calls; each caller retries with delays drawn from random.Random(42).
# Covers: random.Random(seed) (random, uniform, choice), exponential backoff arithmetic,
# exceptions raised and caught across retries, asyncio.sleep with drawn delays.
import asyncio
import random

rng = random.Random(42)


class TransientError(Exception):
    pass


async def flaky_call(name: str, attempt: int) -> str:
    await asyncio.sleep(0.1)
    if rng.random() < 0.5:
        raise TransientError(f"{name} attempt {attempt} timed out")
    return f"{name}: ok after {attempt} attempt(s)"


async def with_retries(name: str, max_attempts: int = 5, base: float = 0.2, cap: float = 2.0):
    for attempt in range(1, max_attempts + 1):
        try:
            return await flaky_call(name, attempt)
        except TransientError as e:
            if attempt == max_attempts:
                return f"{name}: gave up ({e})"
            delay = rng.uniform(0, min(cap, base * 2 ** attempt))
            print(f"{name}: {e}; retrying in {delay:.3f}s")
            await asyncio.sleep(delay)


async def main():
    results = await asyncio.gather(*(with_retries(n) for n in ["orders", "users", "billing"]))
    for r in results:
        print(r)
    print("next region:", rng.choice(["eu-west", "us-east", "ap-south"]))
    print("random check:", rng.random(), rng.randint(1, 1000))


asyncio.run(main())
