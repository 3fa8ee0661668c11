# An event log: producers record events as named tuples; a reporter counts them per kind and
# per source with Counter (most_common keeps first-seen order for ties) and merges counters.
# Covers: collections.namedtuple (fields, defaults, _replace, _asdict, tuple behaviour),
# Counter (update, most_common, arithmetic, elements, total), OrderedDict, asyncio tasks.
import asyncio
from collections import Counter, OrderedDict, namedtuple

Event = namedtuple("Event", ["time", "source", "kind", "detail"], defaults=[""])


async def producer(source: str, kinds: list, log: list, gap: float):
    for i, kind in enumerate(kinds):
        await asyncio.sleep(gap)
        log.append(Event(round(i * gap, 2), source, kind))


async def main():
    log = []
    await asyncio.gather(
        producer("api", ["req", "req", "err", "req", "slow"], log, 0.3),
        producer("db", ["query", "slow", "query", "err"], log, 0.5),
        producer("cache", ["miss", "hit", "hit", "hit", "miss"], log, 0.2),
    )
    print(len(log), log[0], log[-1])
    first = log[0]
    print(first.source, first[2], first._asdict(), first._replace(detail="first"), Event._fields)
    t, source, kind, detail = first
    print(t, source, kind, repr(detail), first == (first.time, "cache", "miss", ""))
    by_kind = Counter(e.kind for e in log)
    by_source = Counter(e.source for e in log)
    print(by_kind)
    print(by_kind.most_common(3), by_source.most_common())
    errors = Counter(e.source for e in log if e.kind == "err")
    print(errors, by_source - errors, by_source + errors, errors & by_source, by_kind.total())
    by_kind.update(["req", "req"])
    by_kind.subtract({"hit": 3})
    print(by_kind, sorted(by_kind.elements())[:5], +by_kind)
    ordered = OrderedDict()
    for e in sorted(log, key=lambda e: (e.time, e.source)):
        ordered.setdefault(e.source, []).append(e.kind)
    ordered.move_to_end("api")
    print(ordered)
    print(ordered.popitem(last=False))


asyncio.run(main())
