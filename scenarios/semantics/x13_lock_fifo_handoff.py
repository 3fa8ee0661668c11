# Lock release hands the lock to the first waiter (FIFO, no barging): the releasing
# task cannot re-acquire it before the woken waiter has run.
# Covers: asyncio.Lock, async with lock, acquire/release, waiter wake-up at k+1.
# From asyncio-semantics.md example x13, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def main():
    lock = asyncio.Lock()
    async def x():
        for i in range(2):
            async with lock:
                print("X holds", i); await asyncio.sleep(0); await asyncio.sleep(0)
            print("X released", i, "and immediately re-acquires")
    async def y():
        await asyncio.sleep(0)
        print("Y waits"); await lock.acquire(); print("Y holds"); lock.release()
    await asyncio.gather(x(), y())
asyncio.run(main())
