# Async generators: an exhausted one runs its finally inline; one abandoned by break
# is closed by the loop's finalizer hook: aclose() task created one iteration later
# (consuming a Task-N number), its finally running the iteration after.
# Covers: async for, async generator finalisation, Task names.
# From asyncio-semantics.md example x20, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def agen(name):
    try:
        yield 1; yield 2
    finally:
        print(name, "finally in", asyncio.current_task().get_name())
async def main():
    async for v in agen("g1"): pass            # exhausted: finally runs inline
    async for v in agen("g2"): break           # abandoned: finalizer schedules aclose()
    print("after break")
    await asyncio.sleep(0); print("1 iteration later")
    await asyncio.sleep(0); print("2 iterations later")
asyncio.run(main())
