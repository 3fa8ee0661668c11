# Value objects with operator overloading: Money refuses to mix currencies, supports
# sum() through __radd__, formats itself, and is hashable; Vector does arithmetic.
# Covers: __add__/__radd__/__sub__/__mul__/__rmul__/__truediv__/__neg__/__abs__,
# __eq__/__lt__/__le__ and sorting, __hash__, __bool__, __format__, __iter__, __repr__,
# NotImplemented and the TypeError it leads to, in-place operators.


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def of(cls, amount, currency="EUR"):
        return cls(round(amount * 100), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money(round(self.cents * factor), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return other == 0 and self.cents == 0

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __format__(self, spec):
        amount = self.cents / 100
        text = f"{amount:,.2f} {self.currency}"
        return format(text, spec) if spec else text

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


class Vector:
    def __init__(self, *components):
        self.components = tuple(components)

    def __iter__(self):
        return iter(self.components)

    def __len__(self):
        return len(self.components)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.components == other.components

    def __repr__(self):
        return f"Vector{self.components}"


prices = [Money.of(19.99), Money.of(5), Money.of(0.01)]
total = sum(prices)
print(total, repr(total), f"[{total:>16}]", f"{total}")
print(sorted(prices), max(prices), min(prices))
print(total - Money.of(5), -total, 3 * Money.of(1.10), Money.of(2.5) * 1.5)
print(Money(0) == 0, bool(Money(0)), bool(total), Money.of(1) <= Money(100))
print(len({Money.of(1), Money(100), Money(100, "USD")}))
try:
    Money.of(1) + Money.of(1, "USD")
except ValueError as e:
    print("error:", e)
try:
    Money.of(1) * "3"
except TypeError as e:
    print("error:", e)
wallet = Money(0)
for p in prices:
    wallet += p
print(wallet == total)

v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v * 2, 2 * v, v / 2, abs(v), v @ w, len(v), list(v), v == Vector(3, 4))
x, y = v
print(x, y)
