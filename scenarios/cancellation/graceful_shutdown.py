# Graceful shutdown: a stop event tells workers to finish their current item; stragglers
# are cancelled after a grace period; cleanup code runs in finally blocks.
# Covers: Event as stop signal, wait with timeout, cancel stragglers, finally order.
import asyncio


async def worker(wid, stop):
    handled = 0
    try:
        while not stop.is_set():
            await asyncio.sleep(0.3 + wid * 0.25)
            handled += 1
        print(f"worker {wid} stopped cleanly after {handled}")
    except asyncio.CancelledError:
        print(f"worker {wid} cancelled after {handled}")
        raise
    finally:
        print(f"worker {wid} closes its connection")


async def main():
    stop = asyncio.Event()
    workers = [asyncio.create_task(worker(i, stop)) for i in range(3)]
    await asyncio.sleep(1)
    print("stop requested")
    stop.set()
    done, pending = await asyncio.wait(workers, timeout=0.4)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(len(done), "finished,", len(pending), "cancelled")


asyncio.run(main())
