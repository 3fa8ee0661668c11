# Scatter/gather with a deadline: ask every replica, keep the answers that arrive before
# the deadline, cancel the stragglers.
# Covers: wait(timeout=), cancelling pending tasks, partial results.
import asyncio


async def replica(name, latency):
    await asyncio.sleep(latency)
    return name, latency


async def main():
    latencies = {"r1": 0.12, "r2": 0.45, "r3": 0.08, "r4": 0.9, "r5": 0.3}
    tasks = [asyncio.create_task(replica(n, l)) for n, l in latencies.items()]
    done, pending = await asyncio.wait(tasks, timeout=0.35)
    answers = sorted(t.result() for t in done)
    print("answers:", answers)
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sum(isinstance(r, asyncio.CancelledError) for r in results))


asyncio.run(main())
