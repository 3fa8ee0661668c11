# Order within one loop iteration: handles queued before the pass run first, then
# timers that fell due (a past call_at and call_later(0) after every call_soon);
# a handle queued during a pass runs on the next pass; a cancelled handle never runs.
# Covers: call_soon, call_later(0), call_at in the past, Handle.cancel, sleep(0).
# From asyncio-semantics.md example x01, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer(0)")
    loop.call_soon(print, "soon1")
    loop.call_soon(lambda: (print("soon2"), loop.call_soon(print, "soon3")))
    loop.call_soon(print, "never").cancel()
    loop.call_at(loop.time() - 5, print, "timer(past)")
    await asyncio.sleep(0)
    print("main")
asyncio.run(main())
