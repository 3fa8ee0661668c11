# An event bus where handlers register themselves with a decorator; sync and async
# handlers run in registration order, and one failing handler does not stop the others.
# Covers: decorators with arguments, closures, *args/**kwargs, callables stored in dicts,
# iscoroutine checks, exceptions caught per handler, create_task and gather.
import asyncio


class EventBus:
    def __init__(self):
        self._handlers = {}
        self.delivered = 0

    def on(self, event, *, priority=0):
        def register(fn):
            self._handlers.setdefault(event, []).append((priority, fn))
            self._handlers[event].sort(key=lambda pair: -pair[0])
            return fn
        return register

    async def publish(self, event, *args, **kwargs):
        results = []
        for priority, handler in self._handlers.get(event, []):
            try:
                result = handler(*args, **kwargs)
                if asyncio.iscoroutine(result):
                    result = await result
                results.append((handler.__name__, result))
                self.delivered += 1
            except Exception as e:
                results.append((handler.__name__, f"failed: {type(e).__name__}: {e}"))
        return results


bus = EventBus()
audit_log = []


@bus.on("user.created", priority=10)
def audit(user, **meta):
    audit_log.append(f"created {user} via {meta.get('source', '?')}")
    return len(audit_log)


@bus.on("user.created")
async def send_welcome(user, **meta):
    await asyncio.sleep(0.5)
    return f"welcome mail to {user}"


@bus.on("user.created", priority=5)
def validate(user, **meta):
    if not user.isidentifier():
        raise ValueError(f"bad user name {user!r}")
    return "ok"


def counter(start=0):
    count = start

    def bump(*_args, **_kwargs):
        nonlocal count
        count += 1
        return count
    return bump


bus.on("user.deleted")(counter(100))


async def main():
    first = await bus.publish("user.created", "ada", source="signup")
    print(first)
    results = await asyncio.gather(
        bus.publish("user.created", "bob smith", source="admin"),
        bus.publish("user.deleted", "ada"),
        bus.publish("user.deleted", "cy"),
        bus.publish("nobody.listens"),
    )
    for r in results:
        print(r)
    print(audit_log)
    print("delivered", bus.delivered)


asyncio.run(main())
