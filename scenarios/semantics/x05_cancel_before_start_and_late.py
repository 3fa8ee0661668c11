# Cancellation edge cases: a task cancelled before its first step never runs its
# body; cancelling a task whose wakeup is already queued replaces the result by
# CancelledError('late'); a task cancelling itself and returning ends cancelled.
# Covers: Task.cancel(msg), CancelledError message, Future.result after set_result.
# From asyncio-semantics.md example x05, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def body():
    print("T body starts"); await asyncio.sleep(1)
async def waiter(f):
    try: await f
    except asyncio.CancelledError as e: print("W:", repr(e), "though f.result() =", f.result())
async def selfcancel():
    asyncio.current_task().cancel(); return "value"   # returns without suspending
async def main():
    t = asyncio.create_task(body()); t.cancel()       # before its first step
    f = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(waiter(f)); await asyncio.sleep(0)
    f.set_result(1); w.cancel("late")                   # W's wakeup is already queued
    s = asyncio.create_task(selfcancel()); await asyncio.sleep(0)
    print("T cancelled:", t.cancelled(), "| S cancelled:", s.cancelled())
asyncio.run(main())
