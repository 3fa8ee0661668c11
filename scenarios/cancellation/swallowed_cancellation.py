# A task that catches CancelledError and returns survives as a finished task; uncancel()
# brings the cancel count back down.
# Covers: catching CancelledError, Task.uncancel, cancelling(), result after swallow.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        print("caught; cancelling() =", task.cancelling())
        print("uncancel() ->", task.uncancel())
    await asyncio.sleep(0.5)
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, "cancelled:", t.cancelled(), "at", asyncio.get_running_loop().time())


asyncio.run(main())
