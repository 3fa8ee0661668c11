# Lists, tuples and dicts as asyncio programs use them: results gathered into lists,
# dicts keeping insertion order, slicing, sorting, comprehension-free building.
# Covers: list/tuple/dict literals and methods, slices, subscript assignment, del.
import asyncio


async def measure(name, delay):
    await asyncio.sleep(delay)
    return name, delay


async def main():
    pairs = await asyncio.gather(measure("c", 0.3), measure("a", 0.1), measure("b", 0.2))
    print(pairs, type(pairs).__name__)
    timings = {}
    for name, delay in pairs:
        timings[name] = delay
    timings["a"] = 0.15
    del timings["c"]
    timings["c"] = 0.35
    print(timings, list(timings), len(timings), "a" in timings, timings.get("z", -1))
    values = sorted(timings.values(), reverse=True)
    print(values, values[0], values[-1], values[1:], values[::-1])
    xs = list(range(10))
    xs[2:5] = ["x"]
    xs.append(99)
    xs.insert(0, -1)
    print(xs, xs.pop(), xs.index("x"), xs.count(3))
    t = (1, "two", 3.0)
    first, *rest = t
    print(first, rest, t[1], len(t), t + (4,), (5,) * 2)
    print(max(timings, key=timings.get), min([3, 1, 2]), sum([1, 2, 3]), any([0, 1]), all([]))


asyncio.run(main())
