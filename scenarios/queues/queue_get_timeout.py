# A consumer that gives up waiting: wait_for around queue.get() times out cleanly and
# leaves no stale getter behind, so a later put is not lost.
# Covers: wait_for(queue.get(), timeout), TimeoutError, getter cleanup.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except TimeoutError:
        print("no item within 0.5 s")
    q.put_nowait("hello")
    print("then got", await asyncio.wait_for(q.get(), timeout=1))
    print(str(q))


asyncio.run(main())
