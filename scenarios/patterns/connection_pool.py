# A connection pool: a fixed set of connections handed out through a queue; clients
# borrow one, use it, and give it back, waiting when the pool is empty.
# Covers: Queue as a resource pool, async context manager class, fairness of waiters.
import asyncio


class Pool:
    def __init__(self, size):
        self.free = asyncio.Queue()
        for i in range(size):
            self.free.put_nowait(f"conn{i}")

    def connection(self):
        return Borrowed(self)


class Borrowed:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        self.conn = await self.pool.free.get()
        return self.conn

    async def __aexit__(self, *exc):
        self.pool.free.put_nowait(self.conn)


async def client(pool, n):
    async with pool.connection() as conn:
        print(f"client {n} uses {conn} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.5)


async def main():
    pool = Pool(2)
    await asyncio.gather(*(client(pool, n) for n in range(5)))


asyncio.run(main())
