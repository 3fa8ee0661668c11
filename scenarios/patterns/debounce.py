# Debouncing bursty events: each event restarts a 0.3 s timer; the action runs once per
# burst, after the burst went quiet.
# Covers: TimerHandle cancel and reschedule, loop.call_later, bursts of events.
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None
        self.pending = []

    def event(self, value):
        self.pending.append(value)
        if self.handle is not None:
            self.handle.cancel()
        self.handle = asyncio.get_running_loop().call_later(self.delay, self.fire)

    def fire(self):
        self.action(self.pending)
        self.pending = []
        self.handle = None


async def main():
    loop = asyncio.get_running_loop()
    d = Debouncer(0.3, lambda batch: print(f"{loop.time():.2f} action on {batch}"))
    for t, v in [(0, "a"), (0.1, "b"), (0.2, "c"), (1.0, "d"), (1.5, "e"), (1.6, "f")]:
        await asyncio.sleep(t - loop.time())
        d.event(v)
    await asyncio.sleep(1)


asyncio.run(main())
