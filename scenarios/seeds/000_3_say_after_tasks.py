# The same two coroutines wrapped in tasks run concurrently: "Started" at once,
# "Hello" at 1 s, "World" at 2 s, the whole program takes 2 s instead of 3.
# Covers: asyncio.create_task, await task, concurrent sleeps.
# From seed 000 (Python协程怎么实现?), example 3 ("修改上面的例子"): the tutorial gives only
# the new main(); say_after from example 2 and asyncio.run(main()) complete it.
# Tutorial's output: Started Hello World Finished; "整体耗时约 2 秒,而不是串行的 3 秒".
import asyncio
async def say_after(delay, text):
    await asyncio.sleep(delay)
    print(text)
async def main():
    task1 = asyncio.create_task(say_after(1, "Hello"))
    task2 = asyncio.create_task(say_after(2, "World"))
    print("Started")
    await task1
    await task2
    print("Finished")
asyncio.run(main())
