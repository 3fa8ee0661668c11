# Retries with exponential backoff: a flaky service fails twice, then succeeds; each
# retry waits twice as long as the previous one.
# Covers: retry loop, exceptions, asyncio.sleep backoff, attempt accounting.
import asyncio


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def call(self):
        self.calls += 1
        await asyncio.sleep(0.05)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return "payload"


async def with_retries(service, attempts=5, base=0.1):
    for attempt in range(1, attempts + 1):
        try:
            return await service.call()
        except ConnectionError as e:
            delay = base * 2 ** (attempt - 1)
            print(f"{e}; retrying in {delay:.1f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")


async def main():
    print(await with_retries(FlakyService(2)))
    try:
        await with_retries(FlakyService(10), attempts=3)
    except RuntimeError as e:
        print(e, "at", round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
