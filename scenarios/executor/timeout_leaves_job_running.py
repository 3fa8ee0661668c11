# A timeout cannot stop a job that has started: wait_for gives up on a slow
# export, but the job keeps its worker and runs to its end. A job still queued
# when its future is cancelled never runs. asyncio.run then waits, in
# shutdown_default_executor, for the default pool's last job before it returns.
# Covers: wait_for on run_in_executor, cancelling a queued job, asyncio.run waiting
# for the default executor, ThreadPoolExecutor(max_workers=1).
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def export(name, seconds):
    print(f"  export {name} starts")
    time.sleep(seconds)
    print(f"  export {name} finished after {seconds} s")
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(loop.run_in_executor(None, export, "report", 2.0), timeout=0.5)
    except TimeoutError:
        print(f"gave up on the report at {loop.time():.2f} s")

    single = ThreadPoolExecutor(max_workers=1)
    first = loop.run_in_executor(single, export, "first", 0.3)
    second = loop.run_in_executor(single, export, "second", 0.3)
    second.cancel()
    print(await first, "done;", "second cancelled:", second.cancelled())
    single.shutdown()
    print(f"main returns at {loop.time():.2f} s")


asyncio.run(main())
print(f"asyncio.run returned at {time.monotonic():.2f} s")
