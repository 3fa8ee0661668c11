# wait_for cancels the inner coroutine when the timeout expires and raises TimeoutError;
# the inner coroutine sees CancelledError and can clean up.
# Covers: asyncio.wait_for (3.11), timeout, inner cancellation, success within timeout.
import asyncio


async def fetch(delay):
    try:
        await asyncio.sleep(delay)
        return f"data after {delay}"
    except asyncio.CancelledError:
        print(f"fetch({delay}) cancelled at {asyncio.get_running_loop().time():.2f}")
        raise


async def main():
    print(await asyncio.wait_for(fetch(0.5), timeout=1))
    try:
        await asyncio.wait_for(fetch(2), timeout=1)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(fetch(0.1), timeout=None))
    try:
        await asyncio.wait_for(fetch(0.1), timeout=0)
    except TimeoutError:
        print("timeout=0 never lets it run")


asyncio.run(main())
