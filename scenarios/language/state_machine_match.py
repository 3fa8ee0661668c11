# A connection state machine driven by events, written with match statements:
# class patterns with __match_args__, mapping patterns, guards and or-patterns.
# Covers: match on objects, dicts, tuples and strings; captures and wildcards;
# asyncio tasks feeding events on a timeline.
import asyncio


class Event:
    __match_args__ = ("kind", "payload")

    def __init__(self, kind, payload=None):
        self.kind = kind
        self.payload = payload

    def __repr__(self):
        return f"Event({self.kind!r}, {self.payload!r})"


class Connection:
    def __init__(self):
        self.state = "idle"
        self.retries = 0
        self.log = []

    def handle(self, event):
        old = self.state
        match (self.state, event):
            case ("idle", Event("connect", {"host": host, "port": int(port)})):
                self.state = "connecting"
                self.log.append(f"dial {host}:{port}")
            case ("connecting", Event("ok")):
                self.state = "open"
                self.retries = 0
            case ("connecting", Event("error", reason)) if self.retries < 2:
                self.retries += 1
                self.log.append(f"retry {self.retries} after {reason}")
            case ("connecting", Event("error", _)):
                self.state = "failed"
            case ("open", Event("data", bytes() | str() as chunk)):
                self.log.append(f"got {len(chunk)} bytes")
            case ("open" | "connecting", Event("close")):
                self.state = "closed"
            case (state, Event(kind)):
                self.log.append(f"ignored {kind} in {state}")
        print(f"{old:>10} --{event.kind}--> {self.state}")


async def feed(conn, events):
    for delay, event in events:
        await asyncio.sleep(delay)
        conn.handle(event)


def describe(message):
    match message:
        case {"type": "ping"}:
            return "pong"
        case {"type": "sum", "values": [*values]} if values:
            return f"sum={sum(values)}"
        case {"type": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"type": t, **rest}:
            return f"unknown type {t} with {sorted(rest)}"
        case [first, *_, last]:
            return f"list {first}..{last}"
        case _:
            return "?"


async def main():
    a, b = Connection(), Connection()
    await asyncio.gather(
        feed(a, [(0, Event("connect", {"host": "db", "port": 5432})), (1, Event("error", "refused")),
                 (1, Event("ok")), (0.5, Event("data", b"hello")), (0.5, Event("close"))]),
        feed(b, [(0.5, Event("connect", {"host": "cache", "port": "x"})),
                 (0.5, Event("connect", {"host": "cache", "port": 6379})),
                 (1, Event("error", "a")), (1, Event("error", "b")), (1, Event("error", "c"))]),
    )
    print(a.state, a.log)
    print(b.state, b.log)
    for m in [{"type": "ping"}, {"type": "sum", "values": [1, 2, 3]}, {"type": "sum", "values": []},
              {"type": "move", "to": (3, 4)}, {"type": "zap", "z": 1, "a": 2}, [1, 2, 3], "x"]:
        print(describe(m))


asyncio.run(main())
