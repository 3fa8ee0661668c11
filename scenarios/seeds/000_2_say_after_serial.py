# Awaiting coroutines one after the other runs them in series: the sleeps add up,
# "Hello" at 1 s, "World" at 3 s, the whole program takes 3 s.
# Covers: await of a coroutine (inline, no task), asyncio.sleep, asyncio.run.
# From seed 000 (Python协程怎么实现?), example 2. Tutorial's output: Start Hello World Done.
import asyncio
async def say_after(delay, text):
    await asyncio.sleep(delay)
    print(text)
async def main():
    print("Start")
    await say_after(1, "Hello")
    await say_after(2, "World")
    print("Done")
asyncio.run(main())
