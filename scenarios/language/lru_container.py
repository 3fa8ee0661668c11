# An LRU cache written as a container class: indexing reads and refreshes an entry,
# assignment evicts the least recently used one, and the container supports len, in,
# iteration, deletion and truthiness like a dict.
# Covers: __getitem__/__setitem__/__delitem__/__contains__/__len__/__iter__/__bool__,
# KeyError from custom containers, dict ordering (insertion order, pop and re-insert),
# __repr__, get() with defaults, an async user of the cache.
import asyncio


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self._data = {}
        self.hits = self.misses = 0

    def __getitem__(self, key):
        if key not in self._data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self._data.pop(key)
        self._data[key] = value
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            del self._data[key]
        elif len(self._data) >= self.capacity:
            oldest = next(iter(self._data))
            print(f"  evict {oldest!r}")
            del self._data[oldest]
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __bool__(self):
        return bool(self._data)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        return f"LRU({self.capacity}, {self._data})"


async def slow_square(n):
    await asyncio.sleep(0.5)
    return n * n


async def cached_square(cache, n):
    if n in cache:
        return cache[n]
    value = await slow_square(n)
    cache[n] = value
    return value


async def main():
    cache = LRU(3)
    print(bool(cache), len(cache))
    for n in [1, 2, 3, 1, 4, 2, 5]:
        print(n, "->", await cached_square(cache, n), cache)
    print(list(cache), 1 in cache, 3 in cache, cache.get(3, "gone"), cache.get(5))
    del cache[5]
    try:
        cache["missing"]
    except KeyError as e:
        print("KeyError", e)
    try:
        del cache["missing"]
    except KeyError as e:
        print("KeyError on delete", e)
    print(cache, f"hits={cache.hits} misses={cache.misses}", bool(cache))


asyncio.run(main())
