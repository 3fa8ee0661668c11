# A hand-written timer scheduler on top of asyncio: deadlines go into a heap, a sorted list
# of recurring jobs is kept with bisect, and a driver task sleeps until the next deadline.
# Covers: heapq (heappush, heappop, heapify, heapreplace, merge), bisect (insort,
# bisect_left, bisect_right), tuples as heap entries with tie-breaking sequence numbers.
import asyncio
import bisect
import heapq
import itertools
import time


class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = itertools.count()

    def at(self, when: float, name: str):
        heapq.heappush(self.heap, (when, next(self.seq), name))

    async def run(self):
        while self.heap:
            when, seq, name = heapq.heappop(self.heap)
            delay = when - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            print(f"t={time.monotonic():.2f} fire {name} (seq {seq})")
            if name.startswith("every"):
                period = float(name.split(":")[1])
                if when + period <= 3:
                    self.at(when + period, name)


async def main():
    s = Scheduler()
    for when, name in [(1.5, "backup"), (0.5, "ping"), (0.5, "pong"), (2.0, "report"), (0.0, "boot")]:
        s.at(when, name)
    s.at(0.75, "every:0.75")
    await s.run()
    scores = [10, 20, 30, 40]
    bisect.insort(scores, 25)
    bisect.insort(scores, 20)
    print(scores, bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 99))
    grades = "FDCBA"
    print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 60, 75, 90, 100)])
    h = [5, 1, 8, 3, 9, 2]
    heapq.heapify(h)
    print(h, heapq.heapreplace(h, 7), h, list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))


asyncio.run(main())
