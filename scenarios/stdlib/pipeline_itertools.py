# A data pipeline: an async source yields readings; the pipeline batches them, groups them by
# sensor, computes running totals, pairs consecutive readings and finds combinations to check.
# Covers: itertools (islice, count, cycle, chain, groupby, accumulate, pairwise, zip_longest,
# takewhile, dropwhile, starmap, product, permutations, combinations, tee, repeat, compress).
import asyncio
import itertools
import operator


async def readings(n: int):
    sensors = itertools.cycle(["s1", "s2", "s3"])
    for i in itertools.islice(itertools.count(100, 7), n):
        await asyncio.sleep(0.1)
        yield next(sensors), i % 50


def batched(iterable, size):
    it = iter(iterable)
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        yield batch


async def main():
    data = [r async for r in readings(10)]
    print(data)
    for batch in batched(data, 4):
        print("batch", batch)
    for sensor, group in itertools.groupby(sorted(data), key=operator.itemgetter(0)):
        values = [v for _, v in group]
        print(sensor, values, list(itertools.accumulate(values)), list(itertools.accumulate(values, max)))
    values = [v for _, v in data]
    print(list(itertools.pairwise(values))[:4])
    print(list(itertools.starmap(operator.sub, itertools.pairwise(values))))
    print(list(itertools.takewhile(lambda v: v < 40, values)), list(itertools.dropwhile(lambda v: v < 40, values)))
    print(list(itertools.zip_longest("abc", [1, 2], fillvalue="?")), list(itertools.chain("ab", [1], (2,))))
    print(list(itertools.product("xy", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4])
    print(list(itertools.combinations("abcd", 3)), list(itertools.compress("abcdef", [1, 0, 1, 1, 0, 1])))
    left, right = itertools.tee(values[:5])
    print(sum(left), max(right), list(itertools.repeat("-", 3)), itertools.count(3), itertools.repeat(0, 2))


asyncio.run(main())
