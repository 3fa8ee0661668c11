# A retry decorator for flaky async calls: exponential backoff on the virtual clock,
# only for the exceptions it is told to retry, and the last error re-raised with context.
# Covers: decorator factories, wrapper metadata, exception classes and tuples in except,
# raise ... from, __cause__, finally, time.monotonic on virtual time, asyncio.sleep.
import asyncio
import time


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


class GaveUp(Exception):
    pass


def retry(times=3, delay=0.5, on=(TransientError,)):
    def decorate(fn):
        async def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except on as e:
                    print(f"  {fn.__name__} attempt {attempt} failed: {e!r}")
                    if attempt == times:
                        raise GaveUp(f"{fn.__name__} failed {times} times") from e
                    await asyncio.sleep(wait)
                    wait *= 2
                finally:
                    print(f"  attempt {attempt} done at {time.monotonic():.1f}")
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate


calls = {"fetch": 0, "flaky": 0}


@retry(times=4, delay=0.25)
async def fetch(key):
    """Succeeds on the third call."""
    calls["fetch"] += 1
    await asyncio.sleep(0.1)
    if calls["fetch"] < 3:
        raise TransientError(f"timeout #{calls['fetch']}")
    return {"key": key, "value": 42}


@retry(times=2)
async def flaky():
    calls["flaky"] += 1
    raise TransientError("always")


@retry(on=(TransientError, KeyError))
async def broken():
    raise PermanentError("disk full")


async def main():
    print(fetch.__name__, "-", fetch.__doc__)
    print(await fetch("a"))
    try:
        await flaky()
    except GaveUp as e:
        print("gave up:", e, "| cause:", repr(e.__cause__))
    try:
        await broken()
    except PermanentError as e:
        print("not retried:", e)
    print(calls)


asyncio.run(main())
