# An outside cancellation wins over a timeout() block: the CancelledError propagates
# instead of becoming TimeoutError.
# Covers: asyncio.timeout with external cancel, cancelling() bookkeeping.
import asyncio


async def guarded():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout (not expected)")
    except asyncio.CancelledError:
        print("cancelled from outside, cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
