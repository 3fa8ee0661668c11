# One coroutine that prints, sleeps one second and prints again.
# Covers: async def, await asyncio.sleep, asyncio.run.
# From seed 001 (Python异步编程怎么实现?asyncio入门教程), example 1.
import asyncio
async def say_hello():
    print("Hello")
    await asyncio.sleep(1)
    print("World")
asyncio.run(say_hello())
