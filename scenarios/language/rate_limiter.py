# A token-bucket rate limiter used by concurrent clients: callers await a slot, the
# bucket refills with the virtual clock, and a callable object counts what it let through.
# Covers: a class with __call__, time.monotonic on virtual time, while loops with await,
# min/max, float formatting, many tasks created in a comprehension.
import asyncio
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self.granted = 0

    def _refill(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def __call__(self, cost=1):
        while True:
            self._refill()
            if self.tokens >= cost:
                self.tokens -= cost
                self.granted += 1
                return
            missing = cost - self.tokens
            await asyncio.sleep(missing / self.rate)


async def client(name, limiter, requests):
    done = []
    for i in range(requests):
        await limiter()
        done.append(f"{time.monotonic():.2f}")
    print(f"{name} finished: {done}")
    return len(done)


async def main():
    limiter = TokenBucket(rate=4, capacity=2)
    counts = await asyncio.gather(*[client(f"c{n}", limiter, 3) for n in range(3)])
    print("granted", limiter.granted, "of", sum(counts), f"tokens left {limiter.tokens:.2f}")
    start = time.monotonic()
    await limiter(cost=2)
    print(f"a cost-2 request waited {time.monotonic() - start:.3f}s")


asyncio.run(main())
