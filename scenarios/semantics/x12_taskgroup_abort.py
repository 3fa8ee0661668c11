# TaskGroup: the first failing child aborts the group (siblings and the body are
# cancelled), failures are collected in completion order into an ExceptionGroup, and
# the parent's cancellation is undone (cancelling() back to 0).
# Covers: asyncio.TaskGroup, except*, ExceptionGroup, cancellation of siblings.
# From asyncio-semantics.md example x12, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def job(name, d, fail=False):
    try: await asyncio.sleep(d)
    except asyncio.CancelledError: print(" ", name, "cancelled"); raise
    if fail: print(" ", name, "raises"); raise ValueError(name)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("d", .1, True)); tg.create_task(job("e", .1, True))
            tg.create_task(job("c", .3))
            try: await asyncio.sleep(1)
            except asyncio.CancelledError: print("  body cancelled"); raise
    except* ValueError as eg:
        print("ExceptionGroup", eg.exceptions, asyncio.current_task().cancelling())
asyncio.run(main())
