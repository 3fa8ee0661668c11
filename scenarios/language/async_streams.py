# Streaming results with async generators: a paginated API client yields items as pages
# arrive, a merge consumes two streams, and early exits close the generators cleanly.
# Covers: async generators, async for, async comprehensions, aclose/asend, anext,
# try/finally inside async generators, __aiter__/__anext__ classes, StopAsyncIteration.
import asyncio


async def pages(name, total, per_page, delay):
    fetched = 0
    try:
        page = 0
        while fetched < total:
            await asyncio.sleep(delay)
            batch = list(range(fetched, min(fetched + per_page, total)))
            fetched += len(batch)
            page += 1
            print(f"{name}: page {page} ({len(batch)} items)")
            for item in batch:
                yield f"{name}-{item}"
    finally:
        print(f"{name}: closed after {fetched} items")


class Ticker:
    def __init__(self, interval, count):
        self.interval = interval
        self.count = count

    def __aiter__(self):
        self.n = 0
        return self

    async def __anext__(self):
        if self.n >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.n += 1
        return self.n


async def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


async def main():
    items = [item async for item in pages("users", 5, 2, 0.5)]
    print(items)

    first_three = []
    orders = pages("orders", 10, 4, 0.25)
    try:
        async for item in orders:
            first_three.append(item)
            if len(first_three) == 3:
                break
    finally:
        await orders.aclose()
    print(first_three)

    stream = pages("events", 3, 3, 1)
    print("first:", await anext(stream))
    await stream.aclose()
    print("after close:", await anext(stream, "exhausted"))

    ticks = [n * 10 async for n in Ticker(0.1, 4) if n % 2 == 0]
    print("ticks", ticks)

    avg = running_average()
    await avg.asend(None)
    for v in [10, 20, 60]:
        print("average now", await avg.asend(v))
    await avg.aclose()


asyncio.run(main())
