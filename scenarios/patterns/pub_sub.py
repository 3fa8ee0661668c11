# Publish/subscribe: a broker fans each message out to every subscriber's queue;
# subscribers consume at their own pace.
# Covers: fan-out with one queue per subscriber, sentinel end, per-subscriber order.
import asyncio


class Broker:
    def __init__(self):
        self.queues = []

    def subscribe(self):
        q = asyncio.Queue()
        self.queues.append(q)
        return q

    async def publish(self, message):
        for q in self.queues:
            await q.put(message)


async def subscriber(name, queue, pace):
    got = []
    while (msg := await queue.get()) is not None:
        await asyncio.sleep(pace)
        got.append(msg)
    print(name, "received", got, "by", asyncio.get_running_loop().time())


async def main():
    broker = Broker()
    subs = [asyncio.create_task(subscriber(n, broker.subscribe(), p)) for n, p in (("fast", 0.1), ("slow", 0.4))]
    for m in ["hello", "world", "bye"]:
        await broker.publish(m)
        await asyncio.sleep(0.2)
    await broker.publish(None)
    await asyncio.gather(*subs)


asyncio.run(main())
