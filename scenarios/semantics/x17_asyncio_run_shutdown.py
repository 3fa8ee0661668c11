# asyncio.run shutdown: main's done callback stops the loop after one more batch;
# leftover tasks are cancelled (finally blocks run, an unstarted task never runs), a
# pending timer never fires; task numbering is process-wide across runs.
# Covers: asyncio.run return value, shutdown cancellation, Task-N counter.
# From asyncio-semantics.md example x17, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def x(name):
    print(name, "started")
    try: await asyncio.sleep(1)
    finally: print(name, "finally (cancelled at shutdown)")
async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(x("X"))
    asyncio.current_task().add_done_callback(lambda t: loop.create_task(x("Y")))
    loop.call_later(0.5, print, "timer never fires")
    print("main returns")
    return "result"
print(asyncio.run(main()))
async def name(): print(asyncio.current_task().get_name())
asyncio.run(name())
