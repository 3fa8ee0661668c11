# An exception raised inside a job travels to the task that awaits it: a flaky
# blocking call is retried with exponential backoff, and a batch of lookups runs
# with gather(return_exceptions=True) so one failure does not hide the others.
# Covers: exceptions in run_in_executor / to_thread jobs, retry with backoff,
# gather(return_exceptions=True), try/except around await.
import asyncio
import time

attempts = 0


def flaky_fetch(url):
    global attempts
    attempts += 1
    time.sleep(0.1)
    if attempts < 3:
        raise ConnectionError(f"{url}: connection reset (attempt {attempts})")
    return f"{url}: 200 OK"


def lookup(key):
    time.sleep(0.02 * len(key))
    if not key.isalpha():
        raise KeyError(key)
    return key.upper()


async def fetch_with_retry(url, retries=4, backoff=0.05):
    loop = asyncio.get_running_loop()
    for attempt in range(1, retries + 1):
        try:
            return await loop.run_in_executor(None, flaky_fetch, url)
        except ConnectionError as exc:
            delay = backoff * 2 ** (attempt - 1)
            print(f"failed: {exc}; retrying in {delay:.2f} s")
            await asyncio.sleep(delay)
    raise RuntimeError(f"{url}: gave up")


async def main():
    loop = asyncio.get_running_loop()
    print(await fetch_with_retry("https://example.org/data"))
    results = await asyncio.gather(*(asyncio.to_thread(lookup, k) for k in ("ab", "c3", "xyz")),
                                   return_exceptions=True)
    for result in results:
        print(f"lookup -> {result!r}")
    print(f"done at {loop.time():.2f} s")


asyncio.run(main())
