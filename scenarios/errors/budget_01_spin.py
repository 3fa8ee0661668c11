# A coroutine that never awaits holds the loop forever; corosim stops it after its
# instruction budget and names the task, the budget and the line it was running.
# Covers: the step budget (raise it with --step-budget N).
import asyncio


async def poll(state):
    while not state["ready"]:
        pass
    print("ready")


async def main():
    state = {"ready": False}
    await asyncio.gather(poll(state), asyncio.sleep(1))


asyncio.run(main())
