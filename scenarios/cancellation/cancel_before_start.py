# A task cancelled before its first step never runs its body, not even its finally;
# a done task cannot be cancelled.
# Covers: cancellation before the first step, Task.done, Task.cancel on done tasks.
import asyncio


async def body(name):
    try:
        print(name, "runs")
        await asyncio.sleep(1)
    finally:
        print(name, "finally")


async def main():
    never = asyncio.create_task(body("never"))
    never.cancel()
    started = asyncio.create_task(body("started"))
    await asyncio.sleep(0)
    started.cancel()
    await asyncio.gather(never, started, return_exceptions=True)
    done = asyncio.create_task(asyncio.sleep(0, result="r"))
    print("result:", await done, "cancel a done task:", done.cancel())
    print(never.cancelled(), started.cancelled())


asyncio.run(main())
