# A fixed pool of workers drains a job queue; each worker stops on a sentinel.
# Covers: Queue as a job queue, sentinel shutdown, gather of worker results.
import asyncio

JOBS = [("resize", 0.3), ("upload", 0.5), ("thumb", 0.1), ("scan", 0.4), ("index", 0.2), ("mail", 0.1)]


async def worker(wid, queue):
    done = []
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            return done
        name, cost = job
        await asyncio.sleep(cost)
        print(f"worker {wid} finished {name}")
        done.append(name)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in JOBS:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(i, queue)) for i in range(3)]
    for _ in workers:
        queue.put_nowait(None)
    results = await asyncio.gather(*workers)
    for i, names in enumerate(results):
        print(i, names)


asyncio.run(main())
