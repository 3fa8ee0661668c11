# One event releases every waiter at once, in the order they began waiting;
# waiting on an event already set does not suspend; clear() only resets the flag.
# Covers: asyncio.Event set/clear/is_set/wait, wake-up order.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "released, is_set =", event.is_set())


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("first", "second", "third")]
    await asyncio.sleep(1)
    print("setting, then clearing at once")
    event.set()
    event.clear()
    await asyncio.gather(*tasks)
    event.set()
    await waiter("late", event)


asyncio.run(main())
