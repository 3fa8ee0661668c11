# A profile service caches expensive lookups: a synchronous lru_cache in front of a slow
# computation, and an async cache of results keyed by user, with hit/miss statistics.
# Covers: functools.lru_cache (maxsize, cache_info, cache_clear, eviction order),
# functools.cache, functools.wraps on an async timing decorator, time.perf_counter.
import asyncio
import functools
import time


@functools.lru_cache(maxsize=3)
def tax_rate(region: str) -> float:
    print(f"  computing tax rate for {region}")
    return {"eu": 0.2, "us": 0.07, "uk": 0.175, "jp": 0.1}.get(region, 0.0)


@functools.cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await fn(*args, **kwargs)
        print(f"{fn.__name__}{args} took {time.perf_counter() - start:.2f}s")
        return result
    return wrapper


_profiles = {}


@timed
async def load_profile(user: str) -> dict:
    if user in _profiles:
        return _profiles[user]
    await asyncio.sleep(0.5)
    profile = {"user": user, "level": len(user) % 3}
    _profiles[user] = profile
    return profile


async def main():
    for region in ["eu", "us", "eu", "uk", "jp", "eu", "us"]:
        print(region, tax_rate(region))
    print(tax_rate.cache_info())
    tax_rate.cache_clear()
    print(tax_rate.cache_info(), tax_rate.__name__, tax_rate.__wrapped__.__name__)
    print(fib(90), fib.cache_info())
    profiles = await asyncio.gather(load_profile("ann"), load_profile("bo"), load_profile("ann"))
    print(profiles)
    print(await load_profile("ann"), load_profile.__name__)


asyncio.run(main())
