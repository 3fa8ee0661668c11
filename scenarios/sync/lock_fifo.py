# Two workers share one lock; the second waits for the first to release.
# Covers: asyncio.Lock, async with, FIFO wake-up order, virtual time stamps.
import asyncio


async def worker(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock), worker("c", lock))
    print("locked at the end?", lock.locked())


asyncio.run(main())
