# A sliding-window rate limiter: each client may make 3 requests per 2 virtual seconds; the
# limiter keeps recent request times in a deque and makes callers wait for a free slot.
# Covers: collections.deque (maxlen, popleft, appendleft, rotate, indexing, repr),
# defaultdict of deques, time.monotonic() on the virtual clock, asyncio.sleep and gather.
import asyncio
import time
from collections import deque, defaultdict


class SlidingWindowLimiter:
    def __init__(self, limit: int, window: float):
        self.limit = limit
        self.window = window
        self.calls = defaultdict(deque)

    async def acquire(self, client: str) -> float:
        waited = 0.0
        while True:
            now = time.monotonic()
            calls = self.calls[client]
            while calls and now - calls[0] >= self.window:
                calls.popleft()
            if len(calls) < self.limit:
                calls.append(now)
                return waited
            delay = self.window - (now - calls[0])
            waited += delay
            await asyncio.sleep(delay)


async def client(name: str, limiter: SlidingWindowLimiter, n: int, gap: float):
    for i in range(n):
        waited = await limiter.acquire(name)
        print(f"{name} request {i} at {time.monotonic():.2f} (waited {waited:.2f})")
        await asyncio.sleep(gap)


async def main():
    limiter = SlidingWindowLimiter(limit=3, window=2.0)
    await asyncio.gather(client("alice", limiter, 7, 0.1), client("bob", limiter, 4, 0.5))
    recent = deque(range(10), maxlen=4)
    print(recent, recent.maxlen, recent[0], recent[-1])
    recent.appendleft(-1)
    recent.rotate(2)
    print(recent, list(reversed(recent)), 8 in recent, len(recent))
    print({name: len(calls) for name, calls in limiter.calls.items()})


asyncio.run(main())
