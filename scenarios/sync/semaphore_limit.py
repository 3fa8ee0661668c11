# A semaphore caps concurrency: at most three downloads run at once; the others wait
# their turn in arrival order.
# Covers: asyncio.Semaphore, async with, concurrency limit, gather order.
import asyncio

active = 0
peak = 0


async def download(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"download {n} starts ({active} active)")
        await asyncio.sleep(1 + n % 3 * 0.5)
        active -= 1
        print(f"download {n} done")
    return n * n


async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(download(sem, n) for n in range(7)))
    print(results, "peak", peak, "locked:", sem.locked())


asyncio.run(main())
