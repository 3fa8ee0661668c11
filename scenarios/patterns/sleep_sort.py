# Sleep sort, the classic joke that is a good clock test: each number sleeps for its
# value and is appended when it wakes; equal values keep their start order.
# Covers: many timers, equal deadlines in scheduling order, gather.
import asyncio


async def main():
    numbers = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    out = []

    async def sleeper(i, n):
        await asyncio.sleep(n / 10)
        out.append((n, i))

    await asyncio.gather(*(sleeper(i, n) for i, n in enumerate(numbers)))
    print(out)


asyncio.run(main())
