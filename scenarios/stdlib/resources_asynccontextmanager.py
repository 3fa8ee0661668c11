# A connection pool as async context managers: connections are opened and closed on the
# virtual clock, a failure inside a block is reported and the connection still released,
# and an AsyncExitStack holds several connections at once.
# Covers: contextlib (asynccontextmanager, contextmanager, AsyncExitStack, ExitStack,
# suppress, nullcontext, closing), exception propagation through context managers.
import asyncio
import contextlib


class Pool:
    def __init__(self, size: int):
        self.free = [f"conn-{i}" for i in range(size)]
        self.log = []

    @contextlib.asynccontextmanager
    async def connection(self, who: str):
        while not self.free:
            await asyncio.sleep(0.1)
        conn = self.free.pop(0)
        await asyncio.sleep(0.05)
        print(f"{who} got {conn}")
        try:
            yield conn
        except ValueError as e:
            print(f"{who} rolled back on {conn}: {e}")
            raise
        finally:
            self.free.append(conn)
            print(f"{who} released {conn}")


@contextlib.contextmanager
def section(name: str):
    print(f"[{name}]")
    yield name
    print(f"[/{name}]")


class Cursor:
    def close(self):
        print("cursor closed")


async def query(pool: Pool, who: str, fail: bool = False):
    try:
        async with pool.connection(who) as conn:
            await asyncio.sleep(0.3)
            if fail:
                raise ValueError("constraint violated")
            return f"{who} used {conn}"
    except ValueError:
        return f"{who} failed"


async def main():
    pool = Pool(2)
    results = await asyncio.gather(query(pool, "a"), query(pool, "b", fail=True), query(pool, "c"))
    print(results)
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(pool.connection(f"batch{i}")) for i in range(2)]
        print("holding", conns)
    with contextlib.ExitStack() as stack:
        names = [stack.enter_context(section(n)) for n in ("outer", "inner")]
        stack.callback(print, "callback runs first")
        print("inside", names)
    with contextlib.suppress(KeyError):
        {}["missing"]
    with contextlib.nullcontext("value") as v, contextlib.closing(Cursor()) as c:
        print(v, type(c).__name__)


asyncio.run(main())
