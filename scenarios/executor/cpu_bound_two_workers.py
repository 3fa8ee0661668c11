# CPU-bound work in a two-worker ThreadPoolExecutor while two other tasks keep
# ticking. A job's code takes no virtual time: its time.sleep stands for the CPU
# time the computation would take. Three jobs on two workers: the third starts
# when the first one's completion reaches the loop, and as_completed hands the
# results over in the order they complete.
# Covers: ThreadPoolExecutor(max_workers=2) as a context manager, run_in_executor,
# as_completed, print in a job, tasks ticking meanwhile.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def count_primes(label, limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    time.sleep(limit / 10000)  # the CPU time this would take
    print(f"  {label}: primes below {limit} counted")
    return label, count


async def ticker(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        print(f"{name} tick {i}")


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, count_primes, label, limit)
                for label, limit in (("alpha", 3000), ("beta", 2000), ("gamma", 2500))]
        tickers = asyncio.gather(ticker("fast", 0.1, 6), ticker("slow", 0.25, 2))
        for next_done in asyncio.as_completed(jobs):
            label, count = await next_done
            print(f"{label}: {count} primes, at {loop.time():.2f} s")
        await tickers
    print("pool closed")


asyncio.run(main())
