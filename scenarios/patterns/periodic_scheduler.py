# A periodic job scheduler built on loop.call_later: each job reschedules itself; a
# slow job does not shift the schedule of the others.
# Covers: loop.call_later, loop.call_at, TimerHandle.cancel, callbacks outside tasks.
import asyncio


def every(loop, period, name, log, until):
    def tick():
        now = loop.time()
        log.append((round(now, 2), name))
        if now + period <= until:
            loop.call_at(now + period, tick)
    loop.call_soon(tick)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    every(loop, 0.3, "fast", log, until=1.0)
    every(loop, 0.5, "slow", log, until=1.0)
    never = loop.call_later(0.7, lambda: log.append("never"))
    loop.call_later(0.6, never.cancel)
    await asyncio.sleep(1.2)
    for entry in log:
        print(entry)


asyncio.run(main())
