# Cancelling the task awaiting a gather cancels every child still running; the gather
# itself ends with CancelledError without being marked cancelled.
# Covers: gather cancellation, children cancelled, return_exceptions with CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    return await asyncio.gather(child("quick", 0.1), child("slow", 5), child("slower", 6))


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())
    results = await asyncio.gather(child("a", 0.1), asyncio.sleep(0), return_exceptions=True)
    print(results)


asyncio.run(main())
