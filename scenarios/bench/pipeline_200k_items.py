# Benchmark: a three-stage pipeline, bounded queues, four workers per stage, 200,000 items.
import asyncio

ITEMS = 200_000
WORKERS = 4


async def stage(inbox, outbox, transform):
    while True:
        item = await inbox.get()
        if item is None:
            inbox.task_done()
            return
        await outbox.put(transform(item))
        inbox.task_done()


async def sink(inbox, totals):
    while True:
        item = await inbox.get()
        if item is None:
            return
        totals[0] += item


async def main():
    q1, q2, q3 = asyncio.Queue(maxsize=64), asyncio.Queue(maxsize=64), asyncio.Queue(maxsize=64)
    totals = [0]
    s1 = [asyncio.create_task(stage(q1, q2, lambda x: x * 2)) for _ in range(WORKERS)]
    s2 = [asyncio.create_task(stage(q2, q3, lambda x: x + 1)) for _ in range(WORKERS)]
    out = asyncio.create_task(sink(q3, totals))
    for i in range(ITEMS):
        await q1.put(i)
    for _ in range(WORKERS):
        await q1.put(None)
    await asyncio.gather(*s1)
    for _ in range(WORKERS):
        await q2.put(None)
    await asyncio.gather(*s2)
    await q3.put(None)
    await out
    print("checksum", totals[0])


asyncio.run(main())
