# shield protects a critical write from the caller's cancellation: the caller is
# cancelled, the write completes anyway.
# Covers: asyncio.shield, cancellation of the outer awaiter only.
import asyncio


async def critical_write(log):
    await asyncio.sleep(1)
    log.append("written")
    print("write finished at", asyncio.get_running_loop().time())
    return "ok"


async def handler(log):
    try:
        return await asyncio.shield(critical_write(log))
    except asyncio.CancelledError:
        print("handler cancelled, write continues")
        raise


async def main():
    log = []
    t = asyncio.create_task(handler(log))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("handler task cancelled:", t.cancelled())
    await asyncio.sleep(1)
    print(log)


asyncio.run(main())
