# A token bucket rate limiter: requests take a token, tokens refill over time; callers
# beyond the rate wait. Implemented with a Condition and a refill task.
# Covers: rate limiting, Condition.wait_for, background refill task, virtual time.
import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.tokens = capacity
        self.capacity = capacity
        self.rate = rate
        self.cond = asyncio.Condition()

    async def refill(self):
        while True:
            await asyncio.sleep(1 / self.rate)
            async with self.cond:
                if self.tokens < self.capacity:
                    self.tokens += 1
                    self.cond.notify()

    async def take(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1


async def request(bucket, n):
    await bucket.take()
    print(f"request {n} at {asyncio.get_running_loop().time():.2f}")


async def main():
    bucket = TokenBucket(rate=4, capacity=2)
    refill = asyncio.create_task(bucket.refill())
    await asyncio.gather(*(request(bucket, n) for n in range(7)))
    refill.cancel()


asyncio.run(main())
