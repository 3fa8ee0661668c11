# Lock misuse raises what CPython raises, and a lock acquired without `async with`
# must be released by hand; the repr shows the state and the number of waiters.
# Covers: Lock.acquire/release/locked, RuntimeError('Lock is not acquired.'), repr.
import asyncio


async def holder(lock):
    await lock.acquire()
    try:
        await asyncio.sleep(0.5)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    t = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split(" object at ")[0], repr(lock).split("[")[1])
    print("acquired:", await waiter)
    lock.release()
    await t
    print(repr(lock).split("[")[1])


asyncio.run(main())
