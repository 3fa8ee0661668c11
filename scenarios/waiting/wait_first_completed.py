# wait(FIRST_COMPLETED) returns as soon as one task finishes; the rest keep running
# and can be waited again or cancelled.
# Covers: asyncio.wait with return_when=FIRST_COMPLETED, done/pending sets.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("slow", 3), ("fast", 1), ("mid", 2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done], "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=1.5)
    print("after 1.5 s more:", [t.result() for t in done], len(pending), "pending")
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
