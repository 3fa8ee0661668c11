# Batching: single requests are collected into batches of up to four or whatever
# arrived within 0.2 s, whichever comes first; each caller gets its own answer.
# Covers: futures as per-request replies, a flusher task, wait_for on a queue.
import asyncio


class Batcher:
    def __init__(self, max_size=4, max_wait=0.2):
        self.queue = asyncio.Queue()
        self.max_size = max_size
        self.max_wait = max_wait

    async def submit(self, x):
        fut = asyncio.get_running_loop().create_future()
        await self.queue.put((x, fut))
        return await fut

    async def run(self):
        while True:
            batch = [await self.queue.get()]
            deadline = asyncio.get_running_loop().time() + self.max_wait
            while len(batch) < self.max_size:
                timeout = deadline - asyncio.get_running_loop().time()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(self.queue.get(), timeout))
                except TimeoutError:
                    break
            print("flush", [x for x, _ in batch])
            for x, fut in batch:
                fut.set_result(x * 10)


async def main():
    b = Batcher()
    runner = asyncio.create_task(b.run())

    async def caller(x, delay):
        await asyncio.sleep(delay)
        return await b.submit(x)

    print(await asyncio.gather(*(caller(x, d) for x, d in enumerate([0, 0, 0.05, 0.1, 0.1, 0.15, 0.6]))))
    runner.cancel()


asyncio.run(main())
