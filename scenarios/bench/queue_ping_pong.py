# Benchmark: two tasks pass a token back and forth 500,000 times through two queues.
import asyncio

ROUNDS = 500_000


async def player(inbox, outbox, rounds):
    total = 0
    for _ in range(rounds):
        token = await inbox.get()
        total += token
        await outbox.put(token + 1)
    return total


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    a.put_nowait(0)
    results = await asyncio.gather(player(a, b, ROUNDS), player(b, a, ROUNDS))
    print("checksum", results[0] + results[1])


asyncio.run(main())
