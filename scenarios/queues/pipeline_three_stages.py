# A three-stage pipeline with bounded queues between stages: fetch -> parse -> store.
# Covers: chained queues, back-pressure, graceful end with sentinels.
import asyncio

STOP = object()


async def fetch(out):
    for i in range(5):
        await asyncio.sleep(0.1)
        await out.put(f"page{i}")
        print("fetched", i)
    await out.put(STOP)


async def parse(inp, out):
    while (item := await inp.get()) is not STOP:
        await asyncio.sleep(0.15)
        await out.put(item.upper())
    await out.put(STOP)


async def store(inp, db):
    while (item := await inp.get()) is not STOP:
        await asyncio.sleep(0.05)
        db.append(item)
        print("stored", item)


async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    db = []
    await asyncio.gather(fetch(q1), parse(q1, q2), store(q2, db))
    print(db)


asyncio.run(main())
