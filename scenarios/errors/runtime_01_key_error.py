# A KeyError deep in a task: the traceback leads with the virtual time and the task,
# then shows every scenario frame with CPython's carets under the failing expression.
# Covers: uncaught exceptions in tasks, traceback through awaits, subscript carets.
import asyncio

PRICES = {"apple": 1.25, "pear": 0.8}


def price_of(item):
    return PRICES[item] * 1.2


async def quote(item):
    await asyncio.sleep(0.5)
    return round(price_of(item), 2)


async def main():
    total = 0
    for item in ["apple", "pear", "plum"]:
        total += await quote(item)
    print("total", total)


asyncio.run(main())
