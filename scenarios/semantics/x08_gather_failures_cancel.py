# gather returns results in argument order; a failing child makes gather raise at once
# while siblings keep running; cancelling the gather cancels its children and the
# awaiter gets CancelledError although g.cancelled() is False.
# Covers: asyncio.gather, return order, exception propagation, gather cancellation.
# From asyncio-semantics.md example x08, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def job(name, d, fail=False):
    try: await asyncio.sleep(d)
    except asyncio.CancelledError: print(name, "cancelled"); raise
    if fail: raise ValueError(name)
    print(name, "finished"); return name
async def main():
    print(await asyncio.gather(job("slow", .2), job("fast", .1)))
    try: await asyncio.gather(job("ok", .2), job("bad", .1, True))
    except ValueError as e: print("gather raised", repr(e))
    await asyncio.sleep(.2)                               # "ok" was not cancelled
    g = asyncio.gather(job("c1", 1), job("c2", 1)); await asyncio.sleep(0)
    g.cancel()
    try: await g
    except asyncio.CancelledError: print("CancelledError; g.cancelled() =", g.cancelled())
asyncio.run(main())
