# A TaskGroup waits for all its children; results are read from the tasks afterwards.
# Covers: asyncio.TaskGroup, create_task with names, structured concurrency.
import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.1 * uid)
    return {"id": uid, "name": f"user{uid}"}


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_user(uid), name=f"user-{uid}") for uid in (3, 1, 2)]
        print("spawned", [t.get_name() for t in tasks])
    print([t.result()["name"] for t in tasks])
    print("all done at", asyncio.get_running_loop().time())


asyncio.run(main())
