# A task may catch its cancellation, uncancel() and return a value (not cancelled);
# cancel() counts every call; cancelling one awaiter of a shared task cancels that
# task, so every other awaiter sees CancelledError too.
# Covers: cancelling, uncancel, cancel on a done task, shared awaited task, gather.
# From asyncio-semantics.md example x06, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def stubborn():
    try: await asyncio.sleep(10)
    except asyncio.CancelledError:
        t = asyncio.current_task(); print("caught; cancelling() =", t.cancelling(), "uncancel() ->", t.uncancel())
    return "survived"
async def main():
    s = asyncio.create_task(stubborn()); await asyncio.sleep(0)
    print(s.cancel(), s.cancel(), s.cancelling())
    print(await s, s.cancelled(), "| cancel() when done:", s.cancel())
    shared = asyncio.create_task(asyncio.sleep(1))
    async def w(n):
        try: await shared
        except asyncio.CancelledError: print(n, "cancelled")
    a, b = asyncio.create_task(w("A")), asyncio.create_task(w("B")); await asyncio.sleep(0)
    a.cancel()                      # cancels `shared`, hence B too
    await asyncio.gather(a, b)
asyncio.run(main())
