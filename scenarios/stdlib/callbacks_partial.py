# Callbacks scheduled on the event loop with functools.partial, a reduce over results, a
# total_ordering class for deadlines, operator helpers for sorting, and cached_property.
# Covers: functools (partial with loop.call_later and add_done_callback, reduce,
# total_ordering, cached_property, singledispatch), operator (itemgetter, attrgetter, add).
import asyncio
import functools
import operator


@functools.total_ordering
class Deadline:
    def __init__(self, name: str, at: float):
        self.name = name
        self.at = at

    def __eq__(self, other):
        return self.at == other.at

    def __lt__(self, other):
        return self.at < other.at

    def __repr__(self):
        return f"Deadline({self.name!r}, {self.at})"

    @functools.cached_property
    def label(self):
        print(f"  (formatting label for {self.name})")
        return f"{self.name}@{self.at:.1f}"


@functools.singledispatch
def describe(value):
    return f"object {value!r}"


@describe.register(int)
def _(value):
    return f"int {value}"


@describe.register(list)
def _(value):
    return f"list of {len(value)}"


def notify(results: list, channel: str, message: str):
    loop = asyncio.get_running_loop()
    results.append((round(loop.time(), 2), channel, message))


async def main():
    loop = asyncio.get_running_loop()
    results = []
    for delay, channel in [(0.3, "email"), (0.1, "sms"), (0.2, "push")]:
        loop.call_later(delay, functools.partial(notify, results, channel, "order shipped"))
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(notify, results, "future"))
    loop.call_later(0.25, fut.set_result, "value")
    await asyncio.sleep(0.5)
    for r in results:
        print(r)
    print(functools.reduce(operator.add, [r[0] for r in results]), functools.reduce(max, [3, 9, 2]))
    deadlines = [Deadline("b", 2.0), Deadline("a", 1.0), Deadline("c", 1.0)]
    print(sorted(deadlines), Deadline("x", 1) <= Deadline("y", 2), Deadline("x", 3) >= Deadline("y", 2))
    print(deadlines[0].label, deadlines[0].label)
    print(sorted(results, key=operator.itemgetter(1))[0], sorted(deadlines, key=operator.attrgetter("name")))
    print(describe(5), describe([1, 2]), describe("text"), describe(True))
    double = functools.partial(operator.mul, 2)
    print(list(map(double, [1, 2, 3])), double.args)


asyncio.run(main())
