# A plugin system: plugins register themselves by subclassing (with class keywords),
# a class decorator adds metadata, descriptors learn their attribute names, and a
# metaclass counts instances.
# Covers: __init_subclass__ with keywords, class decorators, __set_name__, metaclasses
# with __new__ and __call__, class attributes shared through the MRO, __class_getitem__.
import asyncio

REGISTRY = {}


def describe(text):
    def decorate(cls):
        cls.description = text
        return cls
    return decorate


class Setting:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner.setting_names = getattr(owner, "setting_names", ()) + (name,)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.settings.get(self.name, self.default)


class Counted(type):
    def __new__(mcs, name, bases, ns, /, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.instances = 0
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        return obj


class Plugin(metaclass=Counted):
    kind = "generic"

    def __init_subclass__(cls, /, name=None, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        if kind:
            cls.kind = kind
        REGISTRY[cls.plugin_name] = cls

    def __init__(self, **settings):
        self.settings = settings

    def __class_getitem__(cls, item):
        return REGISTRY[item]

    async def run(self, data):
        raise NotImplementedError


@describe("upper-cases text")
class Upper(Plugin, name="upper", kind="text"):
    async def run(self, data):
        await asyncio.sleep(0.1)
        return data.upper()


@describe("repeats text")
class Repeat(Plugin, kind="text"):
    times = Setting(2)
    sep = Setting(" ")

    async def run(self, data):
        await asyncio.sleep(0.2)
        return self.sep.join([data] * self.times)


class Count(Plugin):
    async def run(self, data):
        return len(data)


async def main():
    print(sorted(REGISTRY))
    print({name: cls.kind for name, cls in REGISTRY.items()})
    print(Upper.description, "|", Repeat.description, "|", getattr(Count, "description", None))
    print(Repeat.setting_names, Repeat.times.default)
    pipeline = [Plugin["upper"](), Plugin["repeat"](times=3, sep="-"), Repeat(), Count()]
    data = "hi"
    for plugin in pipeline:
        data = await plugin.run(data)
        print(f"{plugin.plugin_name:>7}: {data!r}")
    print("instances:", Upper.instances, Repeat.instances, Count.instances, Plugin.instances)
    print(type(Upper).__name__, isinstance(Upper, Counted), Upper.__mro__[1].__name__)
    try:
        await Plugin().run("x")
    except NotImplementedError:
        print("base plugin does nothing")


asyncio.run(main())
