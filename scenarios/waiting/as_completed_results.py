# as_completed yields results in completion order, not submission order; with a timeout
# the remaining ones raise TimeoutError.
# Covers: asyncio.as_completed, timeout, completion order.
import asyncio


async def query(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay}s)"


async def main():
    coros = [query("eu", 0.3), query("us", 0.1), query("asia", 0.2)]
    for fut in asyncio.as_completed(coros):
        print("first come:", await fut)
    slow = [asyncio.create_task(query("a", 0.2)), asyncio.create_task(query("b", 5))]
    for fut in asyncio.as_completed(slow, timeout=1):
        try:
            print(await fut)
        except TimeoutError:
            print("gave up waiting")
    slow[1].cancel()


asyncio.run(main())
