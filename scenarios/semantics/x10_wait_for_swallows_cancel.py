# wait_for in 3.11: when the caller is cancelled after the awaited future is already
# done, wait_for returns the result and the cancellation is swallowed.
# Covers: asyncio.wait_for with a timeout, Task.cancel racing a set_result.
# From asyncio-semantics.md example x10, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    async def w():
        r = await asyncio.wait_for(f, 10)
        print("wait_for returned", r, "although the task was cancelled")
        return r
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    f.set_result("v"); t.cancel()
    print(await t, t.cancelled())
asyncio.run(main())
