# A driver that is not thread-safe gets its own ThreadPoolExecutor(max_workers=1):
# every write from every task runs on that one worker, first submitted first
# served, so writes queue up while the producers keep going. Each write's result
# reaches its producer when the write ends.
# Covers: named ThreadPoolExecutor(max_workers=1, thread_name_prefix=...),
# run_in_executor FIFO queueing, several producers, gather.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

db_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
rows = []


def insert(table, values):
    time.sleep(0.05 * len(values))  # the round trip to the database
    rows.append((table, values))
    print(f"  db: inserted {values} into {table} (row {len(rows)})")
    return len(rows)


async def producer(name, batches, pause):
    loop = asyncio.get_running_loop()
    for batch in batches:
        print(f"{name}: submitting {batch}")
        row = await loop.run_in_executor(db_pool, insert, name, batch)
        print(f"{name}: stored as row {row} at {loop.time():.2f}")
        await asyncio.sleep(pause)


async def main():
    await asyncio.gather(
        producer("orders", [[1, 2], [3]], 0.02),
        producer("audit", [["login"], ["view", "buy", "logout"]], 0.01),
        producer("metrics", [[0.5, 0.7]], 0),
    )
    db_pool.shutdown()
    print(f"{len(rows)} rows written")


asyncio.run(main())
