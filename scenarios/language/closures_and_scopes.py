# Name resolution the way application code meets it: counters in closures, a module
# setting changed through 'global', the late-binding trap in lambdas and its fix with a
# default argument, and what a class body can and cannot see.
# Covers: nonlocal, global, closures over loop variables, default-argument capture,
# class scope vs function scope, UnboundLocalError, del of names.
import asyncio

DEBUG = False
calls = 0


def set_debug(value):
    global DEBUG
    DEBUG = value


def make_counter(step=1):
    count = 0

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = 0
    return increment, reset


def late_binding():
    callbacks = [lambda: i for i in range(3)]
    fixed = [lambda i=i: i for i in range(3)]
    return [cb() for cb in callbacks], [cb() for cb in fixed]


class Config:
    retries = 3
    backoff = retries * 2

    def describe(self):
        return f"retries={self.retries} backoff={self.backoff}"


def class_scope_is_not_enclosing():
    try:
        class Broken:
            size = 3
            cells = [size * n for n in range(3)]
    except NameError as e:
        return f"NameError: {e}"


def broken():
    try:
        print(calls)
        calls = 1
    except UnboundLocalError as e:
        return str(e)


async def worker(name, results):
    global calls
    calls += 1
    local_name = name.upper()

    async def inner():
        await asyncio.sleep(0.1)
        results.append(local_name)
    await inner()


async def main():
    inc, reset = make_counter(5)
    print(inc(), inc(), inc())
    reset()
    print(inc())
    print(late_binding())
    print(Config().describe())
    print(class_scope_is_not_enclosing())
    print(broken())
    set_debug(True)
    print("debug:", DEBUG)
    results = []
    await asyncio.gather(*(worker(n, results) for n in ["a", "b", "c"]))
    print(results, "calls:", calls)
    temp = 1
    del temp
    try:
        temp
    except NameError as e:
        print(type(e).__name__, e)


asyncio.run(main())
