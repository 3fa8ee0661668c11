# time.sleep inside a task blocks the whole loop: timers that fell due meanwhile
# fire on the next iteration, after handles queued meanwhile, in deadline order.
# Covers: time.sleep on the virtual clock, loop.time, call_later, sleep timers.
# From asyncio-semantics.md example x19, verbatim.
import asyncio, time
async def s(name, d):
    await asyncio.sleep(d); print(f"{loop.time()-t0:.1f}", name)
async def main():
    global loop, t0
    loop = asyncio.get_running_loop(); t0 = loop.time()
    ts = [asyncio.create_task(s(n, d)) for n, d in (("B woke", .2), ("A woke", .1), ("C woke", .5))]
    await asyncio.sleep(0)
    loop.call_later(0.15, lambda: print(f"{loop.time()-t0:.1f} timer(0.15)"))
    time.sleep(0.3)                       # blocks the whole loop
    await asyncio.sleep(0); print(f"{loop.time()-t0:.1f} main")
    await asyncio.gather(*ts)
asyncio.run(main())
