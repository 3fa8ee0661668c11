# Objects whose attributes are computed: a logging proxy that forwards unknown attributes
# to the wrapped service, a frozen settings object that refuses changes, and a record
# type that stores fields in a dict but reads like attributes.
# Covers: __getattr__ (only for missing attributes), __setattr__ and object.__setattr__,
# __delattr__, getattr/setattr/hasattr/delattr with defaults, vars(), callable(),
# bound methods returned through a proxy, AttributeError messages.
import asyncio


class Service:
    def __init__(self, name):
        self.name = name

    async def fetch(self, key):
        await asyncio.sleep(0.2)
        return f"{self.name}:{key}"

    def status(self):
        return "up"


class LoggingProxy:
    def __init__(self, target):
        self._target = target
        self._calls = []

    def __getattr__(self, attr):
        value = getattr(self._target, attr)
        if callable(value):
            def logged(*args, **kwargs):
                self._calls.append(f"{attr}{args}")
                return value(*args, **kwargs)
            return logged
        return value


class Frozen:
    def __init__(self, **values):
        for k, v in values.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: settings are frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: settings are frozen")

    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items())) + ")"


class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._fields[name] = value


async def main():
    proxy = LoggingProxy(Service("db"))
    print(proxy.name, proxy.status(), await proxy.fetch("k1"), await proxy.fetch(key="k2"))
    print(proxy._calls, hasattr(proxy, "missing"), getattr(proxy, "missing", "n/a"))
    try:
        proxy.missing
    except AttributeError as e:
        print("AttributeError:", e)

    settings = Frozen(debug=False, workers=4)
    print(settings, settings.workers)
    for action in (lambda: setattr(settings, "debug", True), lambda: delattr(settings, "workers")):
        try:
            action()
        except AttributeError as e:
            print("AttributeError:", e)

    r = Record(id=7, title="draft")
    r.title = "final"
    r.tags = ["a"]
    print(r.id, r.title, r.tags, vars(r))
    try:
        r.owner
    except AttributeError as e:
        print("AttributeError:", e)
    print(getattr(r, "owner", None), callable(r), callable(proxy.status), callable(Service))


asyncio.run(main())
