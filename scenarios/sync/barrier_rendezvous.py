# Three runners meet at a barrier: the last to arrive passes first, the others in
# arrival order; each gets a distinct index.
# Covers: asyncio.Barrier wait, parties, n_waiting, draining order.
import asyncio


async def runner(name, delay, barrier):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner("y", 0.1, barrier), runner("z", 0.2, barrier), runner("x", 0.3, barrier))
    print("parties", barrier.parties, "broken", barrier.broken)


asyncio.run(main())
