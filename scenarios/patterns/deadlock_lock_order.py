# Two tasks take two locks in opposite orders and deadlock: nothing is ready and no
# timer is pending. corosim stops with # DEADLOCK and lists who waits on what.
# Covers: lock ordering deadlock, deadlock detection.
import asyncio


async def transfer(name, first, second):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.1)
        async with second:
            print(name, "holds both (never printed)")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("t1", a, b), transfer("t2", b, a))


asyncio.run(main())
