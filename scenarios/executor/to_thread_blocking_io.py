# Blocking file reads offloaded with asyncio.to_thread while a heartbeat keeps
# ticking. Ten reads go to the default pool, which has min(32, cpus + 4) = 8
# workers (cpus is fixed to 4): the last two reads wait for a free worker. A
# read's time.sleep stands for the disk and adds to its job's duration, never
# to the loop's clock; what a read prints carries the job's own time.
# Covers: asyncio.to_thread, default executor size, time.sleep and print in a job,
# gather, Event.
import asyncio
import time

SIZES = {f"part-{i:02d}.csv": 40 + 15 * (i % 4) for i in range(10)}  # kB


def read_file(name):
    size = SIZES[name]
    time.sleep(size / 1000)  # 1 ms per kB
    print(f"  read {name}: {size} kB")
    return size


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        await asyncio.sleep(0.025)
        beats += 1
        print(f"heartbeat {beats}")
    print(f"heartbeat stopped after {beats} beats")


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    t0 = loop.time()
    sizes = await asyncio.gather(*(asyncio.to_thread(read_file, name) for name in SIZES))
    print(f"read {len(sizes)} files, {sum(sizes)} kB in {loop.time() - t0:.3f} s")
    stop.set()
    await beat


asyncio.run(main())
