# The simplest coroutine: print, sleep one second, print.
# Covers: async def, await asyncio.sleep, asyncio.run.
# From seed 004 (python协程), example 1 (the tutorial's line numbers 1-8 removed).
import asyncio
async def say_hello():
    print("Hello ...")
    await asyncio.sleep(1)
    print("... World!")
asyncio.run(say_hello())
