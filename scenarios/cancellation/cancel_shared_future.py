# Two tasks await the same task; cancelling one awaiter cancels the shared task, and so
# the other awaiter sees CancelledError too.
# Covers: shared awaited task, cancellation propagation to every awaiter.
import asyncio


async def awaiter(name, shared):
    try:
        await shared
    except asyncio.CancelledError:
        print(name, "saw the cancellation")


async def main():
    shared = asyncio.create_task(asyncio.sleep(1))
    a = asyncio.create_task(awaiter("A", shared))
    b = asyncio.create_task(awaiter("B", shared))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.gather(a, b)
    print("shared cancelled:", shared.cancelled())


asyncio.run(main())
