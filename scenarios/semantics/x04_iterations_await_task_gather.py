# Counting iterations with a ticker task: awaiting a task that finishes resumes one
# iteration later, awaiting gather over it two iterations later.
# Covers: sleep(0) as one iteration, await task, await gather, wake-up latency.
# From asyncio-semantics.md example x04, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def ticker():
    for i in range(6):
        print("tick", i); await asyncio.sleep(0)
async def job():
    print("job done"); return 1
async def main():
    asyncio.create_task(ticker()); await asyncio.sleep(0)
    await asyncio.create_task(job()); print("await task resumed")
    await asyncio.gather(job());      print("await gather resumed")
asyncio.run(main())
