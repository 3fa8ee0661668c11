# Functions with positional, default and keyword arguments, *args/**kwargs, closures
# over loop variables, nonlocal counters and coroutines passed as arguments.
# Covers: def/async def parameters, keyword calls, closures, nonlocal, lambda defaults.
import asyncio


def make_counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


async def worker(name, *, delay=0.1, repeat=2, log=None):
    for i in range(repeat):
        await asyncio.sleep(delay)
        log.append(f"{name}:{i}")
    return name


def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


async def main():
    tick = make_counter(10, step=5)
    print(tick(), tick(), tick())
    log = []
    done = await asyncio.gather(worker("a", log=log), worker("b", delay=0.15, repeat=3, log=log))
    print(done, log)
    print(describe(1, 2, x=3), describe(), describe(*[1, 2], **{"k": "v"}))
    adders = [lambda x, i=i: x + i for i in range(3)]
    print([f(10) for f in adders])


asyncio.run(main())
