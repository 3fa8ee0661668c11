# Two mistakes in one file: corosim reports both in one run, not one per run.
# Covers: error recovery in the parser (an unclosed bracket, a missing colon).
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay
    print(name, "done")


async def main()
    await asyncio.gather(worker("a", 1), worker("b", 2))


asyncio.run(main())
