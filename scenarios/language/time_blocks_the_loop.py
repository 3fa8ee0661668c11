# A blocking time.sleep inside a coroutine stops the whole loop: timers that fall due
# meanwhile fire late, after the blocking step. time.monotonic and time.time follow
# the virtual clock.
# Covers: time.sleep, time.monotonic, time.perf_counter, time.time, late timers.
import asyncio
import time


async def ticker():
    start = time.monotonic()
    for i in range(3):
        await asyncio.sleep(0.1)
        print(f"tick {i} at {time.monotonic() - start:.2f}")


async def blocker():
    await asyncio.sleep(0.05)
    print("blocking for 0.3 s")
    time.sleep(0.3)
    print("unblocked")


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(ticker(), blocker())
    print(f"took {time.perf_counter() - t0:.2f} s; wall clock moved {time.time() - 1700000000.0:.2f}")


asyncio.run(main())
