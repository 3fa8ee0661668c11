# A circuit breaker: after three consecutive failures calls fail fast for a cool-down
# period, then one trial call decides whether the circuit closes again.
# Covers: state machine in a class, time-based state with loop.time(), exceptions.
import asyncio


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold=3, cooldown=1.0):
        self.failures = 0
        self.threshold = threshold
        self.cooldown = cooldown
        self.opened_at = None

    async def call(self, fn):
        loop = asyncio.get_running_loop()
        if self.opened_at is not None:
            if loop.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("fail fast")
            print(f"{loop.time():.1f}: half-open, trying once")
        try:
            result = await fn()
        except ConnectionError:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = loop.time()
            raise
        self.failures = 0
        self.opened_at = None
        return result


async def main():
    calls = 0

    async def backend():
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.1)
        if calls <= 4:
            raise ConnectionError(f"call {calls} failed")
        return f"ok after {calls} calls"

    breaker = Breaker()
    for attempt in range(9):
        try:
            print(attempt, await breaker.call(backend))
        except (ConnectionError, CircuitOpen) as e:
            print(attempt, type(e).__name__, e)
        await asyncio.sleep(0.25)


asyncio.run(main())
