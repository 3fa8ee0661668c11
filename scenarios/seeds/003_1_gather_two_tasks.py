# gather runs both coroutines as tasks: both start at once, A finishes at 1 s,
# B at 2 s, the program ends at 2 s.
# Covers: asyncio.gather of coroutines, f-strings, concurrent sleeps.
# From seed 003 (Python协程原理与运行机制详解), example 1.
import asyncio
async def task(name, delay):
    print(f"{name} starting")
    await asyncio.sleep(delay)
    print(f"{name} done")
async def main():
    await asyncio.gather(
        task("A", 1),
        task("B", 2)
    )
asyncio.run(main())
