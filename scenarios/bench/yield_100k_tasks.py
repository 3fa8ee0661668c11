# Benchmark: 100,000 tasks each yield five times with sleep(0), gathered.
import asyncio

TASKS = 100_000


async def worker(i):
    for _ in range(5):
        await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(TASKS)))
    print("checksum", sum(results))


asyncio.run(main())
