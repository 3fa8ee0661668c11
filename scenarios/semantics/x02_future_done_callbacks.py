# A future's done callbacks are call_soon-ed on completion, in registration order,
# behind handles already queued; a callback added to a done future is queued at once;
# awaiting a done future does not suspend.
# Covers: loop.create_future, add_done_callback, set_result, await on a done future.
# From asyncio-semantics.md example x02, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda _: print("cb1"))
    f.add_done_callback(lambda _: print("cb2"))
    loop.call_soon(print, "soon-before")
    f.set_result(42)
    loop.call_soon(print, "soon-after")
    f.add_done_callback(lambda _: print("cb-late"))
    print("await ->", await f)      # already done: no suspension
    await asyncio.sleep(0)
asyncio.run(main())
