# sleep(d <= 0) is a bare yield (next iteration, behind what is queued); sleep(d > 0)
# is a timer: the callback scheduled earlier for the same deadline fires first, the
# sleeping task resumes one iteration after its timer.
# Covers: asyncio.sleep(0), sleep(-1), sleep(0.1), call_later at an equal deadline.
# From asyncio-semantics.md example x07, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def s(name, d):
    await asyncio.sleep(d); print(name)
async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(s("A sleep(0.1) resumed", 0.1))
    await asyncio.sleep(0)
    loop.call_later(0.1, print, "call_later(0.1) callback")
    asyncio.create_task(s("B sleep(-1) resumed", -1))
    asyncio.create_task(s("C sleep(0) resumed", 0))
    await a
asyncio.run(main())
