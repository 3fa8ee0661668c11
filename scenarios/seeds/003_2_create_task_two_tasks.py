# The same two coroutines started with create_task and awaited one by one:
# same output and timing as 003_1.
# Covers: asyncio.create_task, await task.
# From seed 003 (Python协程原理与运行机制详解), example 2: the tutorial gives only the
# new main(); task() and `import asyncio` from example 1 and asyncio.run(main())
# complete it.
import asyncio
async def task(name, delay):
    print(f"{name} starting")
    await asyncio.sleep(delay)
    print(f"{name} done")
async def main():
    task1 = asyncio.create_task(task("A", 1))
    task2 = asyncio.create_task(task("B", 2))
    await task1
    await task2
asyncio.run(main())
