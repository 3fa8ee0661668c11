# Benchmark: 10,000 tasks each sleep 100 times for seeded pseudo-random delays
# (about a million timers). Prints a checksum so corosim and CPython can be compared.
import asyncio

TASKS = 10_000
SLEEPS = 100


async def sleeper(seed):
    x = seed
    total = 0
    for _ in range(SLEEPS):
        x = (x * 1103515245 + 12345) % 2147483648
        delay = (x % 1000) / 1000
        total += x % 1000
        await asyncio.sleep(delay)
    return total


async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(TASKS)))
    print("checksum", sum(results), "at", round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
