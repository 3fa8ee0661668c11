# A waiter cancelled while queued on a lock leaves the queue; when the lock is
# released, the next waiter gets it one iteration later (FIFO hand-off).
# Covers: Lock with cancelled waiters, Task.cancel, CancelledError handling.
import asyncio


async def contender(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(contender(n, lock, log)) for n in "abcd"]
    await asyncio.sleep(0.05)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
