# A monitor expects heartbeats; a worker that stops beating is detected by a timeout
# on the heartbeat event and restarted.
# Covers: Event + wait_for timeout as a watchdog, restart loop, task supervision.
import asyncio


async def worker(name, beats, heartbeat):
    for i in range(beats):
        await asyncio.sleep(0.3)
        heartbeat.set()
    print(name, "hangs")
    await asyncio.sleep(100)


async def monitor():
    for generation in range(2):
        heartbeat = asyncio.Event()
        w = asyncio.create_task(worker(f"worker-{generation}", 3 - generation, heartbeat))
        while True:
            try:
                await asyncio.wait_for(heartbeat.wait(), timeout=0.5)
                heartbeat.clear()
            except TimeoutError:
                print(f"no heartbeat at {asyncio.get_running_loop().time():.1f}, restarting")
                w.cancel()
                break


asyncio.run(monitor())
