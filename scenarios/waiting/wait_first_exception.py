# wait(FIRST_EXCEPTION) returns at the first failure; exceptions are not raised by
# wait itself but stay in the tasks.
# Covers: asyncio.wait return_when=FIRST_EXCEPTION, ALL_COMPLETED, task.exception().
import asyncio


async def check(name, delay, ok=True):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{name} unreachable")
    return name


async def main():
    tasks = [asyncio.create_task(check("db", 0.2)), asyncio.create_task(check("cache", 0.3, ok=False)),
             asyncio.create_task(check("queue", 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in tasks:
        if t in done:
            print("done", t.exception() or t.result())
    print(len(pending), "still running")
    await asyncio.wait(tasks)
    print([t.done() for t in tasks])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)


asyncio.run(main())
