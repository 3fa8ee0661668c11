# A condition variable: consumers wait for items; notify(1) wakes one, notify_all the
# rest; woken consumers re-acquire the lock one by one.
# Covers: asyncio.Condition wait/notify/notify_all/wait_for, lock hand-off order.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0), "at", round(asyncio.get_running_loop().time(), 2))


async def producer(cond, items):
    for i in range(4):
        await asyncio.sleep(0.5)
        async with cond:
            items.append(f"item-{i}")
            if i < 2:
                cond.notify(1)
            else:
                cond.notify_all()


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(4)]
    await producer(cond, items)
    await asyncio.gather(*consumers)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait without the lock:", e)


asyncio.run(main())
