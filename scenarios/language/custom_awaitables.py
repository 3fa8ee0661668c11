# Hand-made awaitables: an object with __await__ that waits for a future the loop
# resolves later, a reusable "event" built on futures, and awaiting the same future from
# several tasks.
# Covers: __await__ with yield from, loop.create_future, call_later, set_result and
# set_exception, awaiting a coroutine's __await__ iterator, await in expressions,
# f-strings and conditions, futures done callbacks.
import asyncio


class Delayed:
    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        loop.call_later(self.delay, future.set_result, self.value)
        result = yield from future
        return f"{result} (after {self.delay}s)"


class Signal:
    def __init__(self):
        self._waiters = []

    async def wait(self):
        future = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        return await future

    def fire(self, value):
        for f in self._waiters:
            if not f.done():
                f.set_result(value)
        count = len(self._waiters)
        self._waiters.clear()
        return count

    def fail(self, exc):
        for f in self._waiters:
            f.set_exception(exc)
        self._waiters.clear()


class Wrapped:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        value = yield from self.coro.__await__()
        return value * 2


async def number():
    await asyncio.sleep(0.5)
    return 21


async def listener(name, signal):
    try:
        value = await signal.wait()
        print(f"{name} got {value!r}")
    except RuntimeError as e:
        print(f"{name} failed: {e}")


async def main():
    print(await Delayed(1.5, "ready"))
    print(f"{await Wrapped(number())} via wrapper")
    if await Delayed(0.25, True):
        print("truthy await in a condition")

    signal = Signal()
    tasks = [asyncio.create_task(listener(n, signal)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print("woke", signal.fire({"go": True}), "listeners")
    await asyncio.gather(*tasks)

    late = asyncio.create_task(listener("c", signal))
    await asyncio.sleep(0)
    signal.fail(RuntimeError("signal broken"))
    await late

    shared = asyncio.get_running_loop().create_future()
    shared.add_done_callback(lambda f: print("callback saw", f.result()))
    asyncio.get_running_loop().call_later(0.5, shared.set_result, 99)
    results = await asyncio.gather(shared, shared)
    print(results)


asyncio.run(main())
