# create_task runs nothing synchronously: first steps run on the next iteration in
# creation order; awaiting a coroutine runs it inline. Task-N numbering: a name given
# to asyncio.create_task still consumes a number, loop.create_task's does not.
# Covers: create_task (asyncio and loop), Task.get_name, current_task, await coro.
# From asyncio-semantics.md example x03, verbatim (its omitted first line `import asyncio` restored).
import asyncio
async def child(tag):
    print("child", tag, asyncio.current_task().get_name())
async def inline():
    print("inline coroutine runs now")
async def main():
    a = asyncio.create_task(child("a"))
    b = asyncio.create_task(child("b"), name="B")
    c = asyncio.get_running_loop().create_task(child("c"), name="C")
    d = asyncio.create_task(child("d"))
    await inline()
    print("main before first suspension")
    await asyncio.sleep(0)
asyncio.run(main())
