# BoundedSemaphore refuses a release past its initial value; Semaphore does not.
# Covers: asyncio.BoundedSemaphore, ValueError message, Semaphore value checks.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore released twice:", not plain.locked())
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)


asyncio.run(main())
