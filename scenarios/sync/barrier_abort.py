# Aborting a barrier breaks every waiter with BrokenBarrierError, and later waiters too.
# Covers: Barrier.abort, BrokenBarrierError, broken state.
import asyncio


async def party(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "broken barrier")


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party("a", barrier))
    b = asyncio.create_task(party("b", barrier))
    await asyncio.sleep(0.1)
    await barrier.abort()
    await asyncio.gather(a, b)
    await party("late", barrier)
    print("broken:", barrier.broken)


asyncio.run(main())
