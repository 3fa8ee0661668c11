"""Fraction, a rational number class (CPython's fractions module, the commonly used part):
arithmetic with ints, floats and Fractions, comparisons, hashing consistent with equal ints,
float(), round(), limit_denominator(), from_float() and CPython's repr and str."""

import math

__all__ = ['Fraction']


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            elif isinstance(numerator, str):
                text = numerator.strip()
                if '/' in text:
                    num, _, den = text.partition('/')
                    numerator = int(num)
                    denominator = int(den)
                elif '.' in text or 'e' in text or 'E' in text:
                    n, d = _decimal_ratio(text)
                    numerator, denominator = n, d
                else:
                    numerator = int(text)
                    denominator = 1
            elif isinstance(numerator, bool):
                numerator = int(numerator)
                denominator = 1
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, Fraction) and isinstance(denominator, Fraction):
            numerator, denominator = (numerator._numerator * denominator._denominator,
                                      denominator._numerator * numerator._denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            numerator = Fraction(numerator)
            denominator = Fraction(denominator)
            numerator, denominator = (numerator._numerator * denominator._denominator,
                                      denominator._numerator * numerator._denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        else:
            return Fraction(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator + f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        f = b._operands(a)
        if f is not None:
            return f + b
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator - f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        f = b._operands(a)
        if f is not None:
            return f - b
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._numerator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        f = b._operands(a)
        if f is not None:
            return f * b
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator, a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = b._operands(a)
        if f is not None:
            return f / b
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        f = a._operands(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        return NotImplemented

    def __mod__(a, b):
        f = a._operands(b)
        if f is not None:
            return a - f * (a // f)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, int):
            if b >= 0:
                return Fraction(a._numerator ** b, a._denominator ** b)
            elif a._numerator >= 0:
                return Fraction(a._denominator ** -b, a._numerator ** -b)
            else:
                return Fraction((-a._denominator) ** -b, (-a._numerator) ** -b)
        return float(a) ** b

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        return hash((self._numerator, self._denominator))

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _compare(a, b):
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return None
            b = Fraction(b)
        f = a._operands(b)
        if f is None:
            return None
        return a._numerator * f._denominator - f._numerator * a._denominator

    def __lt__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c < 0

    def __gt__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c > 0

    def __le__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c <= 0

    def __ge__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c >= 0

    def __bool__(a):
        return bool(a._numerator)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _decimal_ratio(text):
    sign = 1
    if text[0] in '+-':
        if text[0] == '-':
            sign = -1
        text = text[1:]
    exp = 0
    if 'e' in text or 'E' in text:
        text, _, e = text.replace('E', 'e').partition('e')
        exp = int(e)
    whole, _, frac = text.partition('.')
    digits = int(whole + frac) if (whole + frac) else 0
    exp -= len(frac)
    if exp >= 0:
        return sign * digits * 10 ** exp, 1
    return sign * digits, 10 ** -exp
