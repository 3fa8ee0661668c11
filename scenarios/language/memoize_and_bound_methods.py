# Caching expensive results: a closure-based memoizer for functions and a class-based
# decorator that also works on methods (it implements __get__ to bind to the instance).
# Covers: decorators returning classes, __call__, __get__ descriptors, dict caches with
# tuple keys, kwargs in cache keys, recursion through a decorated function, __wrapped__.
import asyncio


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]
    wrapper.cache = cache
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    return wrapper


class counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self

        def bound(*args, **kwargs):
            return self(obj, *args, **kwargs)
        return bound


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def price(item, *, discount=0):
    print(f"  computing price of {item} (discount {discount})")
    return round({"tea": 3.5, "cake": 4.25}[item] * (1 - discount), 2)


class Service:
    def __init__(self, name):
        self.name = name

    @counted
    def greet(self, who):
        return f"{self.name} greets {who}"

    @counted
    async def fetch(self, key):
        await asyncio.sleep(0.1)
        return f"{self.name}:{key}"


async def main():
    print(fib(80), len(fib.cache), fib.__name__, fib.__wrapped__(10))
    print(price("tea"), price("tea"), price("tea", discount=0.1), price("cake", discount=0.1))
    print(len(price.cache))
    a, b = Service("a"), Service("b")
    print(a.greet("you"), b.greet("me"), Service.greet.calls)
    print(await asyncio.gather(a.fetch(1), b.fetch(2)), Service.fetch.calls)
    print(type(Service.__dict__["greet"]).__name__, Service.greet is Service.__dict__["greet"])


asyncio.run(main())
