# Cancelling a task with a message: the message travels with the CancelledError to
# the task and to whoever awaits it.
# Covers: Task.cancel(msg), CancelledError args, cancelled(), cancelling().
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker got", repr(e))
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("cancel() ->", t.cancel("shutting down"), "cancelled() right after:", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling(), "cancel again:", t.cancel())


asyncio.run(main())
