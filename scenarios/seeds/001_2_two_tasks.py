# Two tasks run concurrently: both start at once, Task 2 (1 s) finishes before
# Task 1 (2 s), and main awaits both, so the program ends at 2 s.
# Covers: asyncio.create_task, await task in order, tasks finishing out of order.
# From seed 001 (Python异步编程怎么实现?asyncio入门教程), example 2; `import asyncio`
# comes from example 1 of the same tutorial.
import asyncio
async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)
    print("Task 1 done")
async def task2():
    print("Task 2 started")
    await asyncio.sleep(1)
    print("Task 2 done")
async def main():
    t1 = asyncio.create_task(task1())
    t2 = asyncio.create_task(task2())
    await t1
    await t2
asyncio.run(main())
