# The classic producer/consumer: a bounded queue applies back-pressure to a fast
# producer; join() waits until every item was processed.
# Covers: asyncio.Queue(maxsize), put/get, task_done, join, QueueFull back-pressure.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"produced {i} (size {queue.qsize()})")
        await asyncio.sleep(0.1)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.35)
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    print("all processed, empty:", queue.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
