# Benchmark: 1,000,000 concurrent tasks each sleeping once.
import asyncio

TASKS = 1_000_000


async def sleeper(i):
    await asyncio.sleep(1 + i % 7)
    return 1


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(TASKS)]
    done = 0
    for t in tasks:
        done += await t
    print("checksum", done, "at", asyncio.get_running_loop().time())


asyncio.run(main())
