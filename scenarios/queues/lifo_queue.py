# A LIFO queue hands out the most recent item first; get_nowait on an empty queue
# and put_nowait on a full one raise QueueEmpty / QueueFull.
# Covers: asyncio.LifoQueue, QueueEmpty, QueueFull, qsize/full/empty, repr/str.
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        q.put_nowait(x)
    print(str(q), q.full())
    try:
        q.put_nowait("d")
    except asyncio.QueueFull:
        print("full")
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    await q.put("late")
    print("got", await getter)


asyncio.run(main())
