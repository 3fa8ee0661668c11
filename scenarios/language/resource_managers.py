# A connection pool handed out through context managers: connections always go back,
# errors inside the block are reported or suppressed, cleanup runs in a defined order.
# Covers: __enter__/__exit__, __aenter__/__aexit__, exception info passed to __exit__,
# suppression by returning True, nested and multiple with items, finally ordering.
import asyncio


class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.events = []

    def acquire(self):
        return Lease(self)

    def __repr__(self):
        return f"Pool(free={self.free})"


class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        while not self.pool.free:
            await asyncio.sleep(0.1)
        self.conn = self.pool.free.pop(0)
        self.pool.events.append(f"+{self.conn}")
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        self.pool.events.append(f"-{self.conn}")
        self.pool.free.append(self.conn)
        if exc_type is not None:
            print(f"  {self.conn} returned after {exc_type.__name__}: {exc}")
        return False


class suppress_errors:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught.append(repr(exc))
            return True
        return False


class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("  exit", self.name, "with" if exc[0] else "without", "error")


async def job(pool, n):
    async with pool.acquire() as conn:
        await asyncio.sleep(0.3)
        if n == 2:
            raise ConnectionResetError(f"job {n} lost {conn}")
        return f"job {n} used {conn}"


async def main():
    pool = Pool(2)
    results = await asyncio.gather(*(job(pool, n) for n in range(4)), return_exceptions=True)
    for r in results:
        print(r if isinstance(r, str) else f"error: {r!r}")
    print(pool.events)
    print(pool)

    guard = suppress_errors(KeyError, ZeroDivisionError)
    with guard:
        {}["missing"]
    with guard:
        1 / 0
    print("suppressed:", guard.caught)

    try:
        with Step("outer") as a, Step("inner") as b:
            print("  body uses", a, b)
            raise RuntimeError("in the body")
    except RuntimeError as e:
        print("propagated:", e)

    def ordering():
        try:
            with Step("with-block"):
                return "returned"
        finally:
            print("  finally after the with block")
    print(ordering())


asyncio.run(main())
