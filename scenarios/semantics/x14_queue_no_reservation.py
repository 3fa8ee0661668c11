# Queue.get reserves nothing: a getter that runs before the woken waiter takes the
# item; the woken waiter finds the queue empty and re-queues at the back.
# Covers: asyncio.Queue get/put_nowait, waiter order, starvation of a woken getter.
# From asyncio-semantics.md example x14, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def main():
    q = asyncio.Queue()
    async def getter(name): print(name, "got", await q.get())
    h1, h2 = asyncio.create_task(getter("H1")), asyncio.create_task(getter("H2"))
    await asyncio.sleep(0)                      # H1, H2 wait, in that order
    new = asyncio.create_task(getter("NEW"))    # its first step is queued first ...
    q.put_nowait("x")                           # ... then H1's wakeup
    await asyncio.sleep(0); await asyncio.sleep(0)
    q.put_nowait("y"); q.put_nowait("z")
    await asyncio.gather(h1, h2, new)
asyncio.run(main())
