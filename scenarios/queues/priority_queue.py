# A priority queue serves the most urgent ticket first; ties by arrival number.
# Covers: asyncio.PriorityQueue with (priority, seq, item) tuples, heap order.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    tickets = [(3, "refund"), (1, "outage"), (2, "bug"), (1, "security"), (3, "question")]
    for seq, (prio, what) in enumerate(tickets):
        await q.put((prio, seq, what))
    while not q.empty():
        prio, seq, what = await q.get()
        print(prio, seq, what)
        await asyncio.sleep(0.1)


asyncio.run(main())
