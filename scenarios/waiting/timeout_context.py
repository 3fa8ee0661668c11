# asyncio.timeout() turns a cancellation at the deadline into TimeoutError at the block's
# end; reschedule() moves the deadline; timeout(None) never expires.
# Covers: asyncio.timeout, timeout_at, Timeout.reschedule, expired(), when().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out at", loop.time(), "expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 1.5)
        await asyncio.sleep(1)
        print("rescheduled deadline not hit, when =", cm.when())
    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", loop.time())


asyncio.run(main())
