# Iterations from a deadline to TimeoutError: wait_for's timer at j raises at j+4,
# asyncio.timeout's at j+1. A loop subclass counts iterations; under the reference
# runner asyncio.SelectorEventLoop is the virtual loop, so it runs unchanged.
# Covers: asyncio.wait_for and asyncio.timeout timeouts, loop subclass, _run_once.
# From asyncio-semantics.md example x22, verbatim (its omitted first line `import asyncio` restored).
import asyncio
n = 0
class CountingLoop(asyncio.SelectorEventLoop):
    def _run_once(self):
        global n; n += 1; super()._run_once()
async def inner():
    try: await asyncio.sleep(10)
    except asyncio.CancelledError: print(n, "inner cancelled"); raise
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, lambda: print(n, "deadline timer"))
    try: await asyncio.wait_for(inner(), 0.05)
    except TimeoutError: print(n, "wait_for -> TimeoutError")
    loop.call_later(0.05, lambda: print(n, "deadline timer"))
    try:
        async with asyncio.timeout(0.05): await inner()
    except TimeoutError: print(n, "timeout() -> TimeoutError")
with asyncio.Runner(loop_factory=CountingLoop) as r: r.run(main())
