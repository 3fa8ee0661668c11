# Model classes whose fields validate themselves: a data descriptor checks type and
# range, a property computes a derived value and its setter converts units, and a
# deleter resets it.
# Covers: descriptors with __get__/__set__/__delete__/__set_name__, property with setter
# and deleter, ValueError/TypeError messages, __dict__ of instances, class-level access.
class Field:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        raise AttributeError(f"{self.name} cannot be deleted")


class Sensor:
    name = Field(str)
    interval = Field(float, minimum=0.1)

    def __init__(self, name, interval, celsius=20.0):
        self.name = name
        self.interval = interval
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return round(self._celsius * 9 / 5 + 32, 1)

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        self._celsius = 20.0

    def __repr__(self):
        return f"Sensor({self.name!r}, every {self.interval}s, {self._celsius:.1f}C)"


s = Sensor("boiler", 0.5)
print(s, s.fahrenheit)
s.fahrenheit = 212
print(s, s.fahrenheit)
del s.fahrenheit
print(s)
print(sorted(vars(s)), Sensor.name.slot, type(Sensor.interval).__name__)
for bad in [("name", 42), ("interval", 0.01), ("interval", 1)]:
    try:
        setattr(s, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del s.name
except AttributeError as e:
    print("AttributeError", e)
try:
    Sensor("x", 0.0)
except ValueError as e:
    print("rejected at construction:", e)
print(hasattr(s, "_interval"), getattr(s, "missing", "default"))
