# Cancelling work cleanly: a long download is cancelled by its caller, its finally block
# releases the connection, a worker that swallows CancelledError is reported, and a
# shielding pattern with try/except/else/finally shows the exact order of events.
# Covers: task.cancel(), CancelledError (a BaseException), finally in coroutines,
# except/else/finally ordering, re-raising, task.cancelled(), exceptions from awaited tasks.
import asyncio

events = []


async def download(name, chunks):
    events.append(f"{name}: open")
    try:
        for i in range(chunks):
            await asyncio.sleep(1)
            events.append(f"{name}: chunk {i}")
        return f"{name} complete"
    except asyncio.CancelledError:
        events.append(f"{name}: cancelled")
        raise
    finally:
        events.append(f"{name}: connection released")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append("stubborn: ignoring cancel")
    return "finished anyway"


async def steps():
    try:
        events.append("try")
        await asyncio.sleep(0.1)
    except ValueError:
        events.append("except")
    else:
        events.append("else")
        return "from else"
    finally:
        events.append("finally")


async def main():
    slow = asyncio.create_task(download("big.iso", 10))
    fast = asyncio.create_task(download("small.txt", 2))
    await asyncio.sleep(2.5)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("slow download cancelled:", slow.cancelled())
    print(await fast)
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    task.cancel()
    print(await task, task.cancelled())
    print(await steps())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    for e in events:
        print(" ", e)


asyncio.run(main())
