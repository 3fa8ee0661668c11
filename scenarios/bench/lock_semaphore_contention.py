# Benchmark: 1,000 tasks contend for a lock and a semaphore, 100 acquisitions each.
import asyncio

TASKS = 1_000
ROUNDS = 100


async def contender(i, lock, sem, counter):
    for _ in range(ROUNDS):
        async with sem:
            async with lock:
                counter[0] += i
                await asyncio.sleep(0)


async def main():
    lock, sem, counter = asyncio.Lock(), asyncio.Semaphore(10), [0]
    await asyncio.gather(*(contender(i, lock, sem, counter) for i in range(TASKS)))
    print("checksum", counter[0])


asyncio.run(main())
