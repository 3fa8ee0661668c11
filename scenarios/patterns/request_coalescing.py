# Request coalescing: concurrent requests for the same key share one in-flight fetch
# through a shared future; later requests hit the cache.
# Covers: loop.create_future as a shared result, set_result, cache pattern.
import asyncio


class Cache:
    def __init__(self):
        self.data = {}
        self.inflight = {}
        self.fetches = 0

    async def get(self, key):
        if key in self.data:
            return self.data[key], "cached"
        if key in self.inflight:
            return await self.inflight[key], "coalesced"
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        self.fetches += 1
        await asyncio.sleep(0.5)
        value = key.upper()
        self.data[key] = value
        fut.set_result(value)
        del self.inflight[key]
        return value, "fetched"


async def main():
    cache = Cache()
    print(await asyncio.gather(*(cache.get(k) for k in ["a", "b", "a", "a", "b"])))
    print(await cache.get("a"), "fetches:", cache.fetches)


asyncio.run(main())
