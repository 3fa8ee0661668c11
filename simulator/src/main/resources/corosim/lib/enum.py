"""Enumerations: CPython 3.11's enum module for corosim.

Members are created when the class statement ends (in Enum.__init_subclass__, where CPython
uses the EnumType metaclass), in definition order, with aliases for repeated values; auto(),
_missing_, custom __new__/__init__ (Planet-style tuples), unique, Flag and IntFlag
combinations and the reprs and error messages are CPython's.

Deliberately different until the VM can subclass int and str: IntEnum, IntFlag and StrEnum
members behave as their int or str value (comparisons, arithmetic, hashing, formatting,
str methods, json) but isinstance(member, int) / isinstance(member, str) is False, and
"class Color(str, Enum)" is not supported yet.
"""

import sys
import _corosim

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None

_builtin_property = property
_auto_null = object()


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, _builtin_property))
            or type(obj).__name__ in ('function', 'builtin_function_or_method'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_'
            and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_'
            and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern)
            and name[pat_len:pat_len + 1] != ['_']
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class EnumType(type):
    """Metaclass for Enum: iteration, len, containment, lookup by name, repr."""

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            print("<string>:1: DeprecationWarning: in 3.12 __contains__ will no longer raise "
                  "TypeError, but will return True or\nFalse depending on whether the value "
                  "is a member or the value of a member", file=sys.stderr)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType


def _member_type(cls):
    """The data type members are made of: object, or a mixin's type (int for IntEnum)."""
    for base in cls.__mro__:
        declared = base.__dict__.get('_member_type_')
        if declared is not None:
            return declared
        if base is not object and base.__module__ == 'builtins' and base not in (object,):
            return base
    return object


def _find_new(cls):
    for base in cls.__mro__:
        new = base.__dict__.get('_new_member_')
        if new is not None:
            return new
        if '__new__' in base.__dict__ and base is not Enum and base is not object and not (
                base.__module__ == 'enum' and base.__name__ in _stdlib_enum_names):
            return getattr(base, '__new__')
    return None


_stdlib_enum_names = ('Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
                      '_IntMixin', '_StrMixin')


def _setup(cls):
    """Turns the class body's names into members (CPython's EnumType.__new__)."""
    if type(cls) is type:
        _corosim.set_metaclass(cls, EnumType)
    for base in cls.__mro__[1:]:
        if base.__dict__.get('_member_names_'):
            raise TypeError(f"{cls!r} cannot extend {base!r}")
    ns = cls.__dict__
    ignore = ns.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    items = []
    for key, value in list(ns.items()):
        if isinstance(value, nonmember):
            setattr(cls, key, value.value)
            continue
        if isinstance(value, member):
            items.append((key, value.value))
            continue
        if (_is_dunder(key) or _is_sunder(key) or key in ignore or _is_private(cls.__name__, key)
                or _is_descriptor(value) or isinstance(value, type)):
            continue
        items.append((key, value))
    for key in ignore:
        if key in ns:
            delattr(cls, key)

    last_values = []
    resolved = []
    for key, value in items:
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = cls._generate_next_value_(key, 1, len(last_values),
                                                            last_values[:])
                    v = v.value
                parts.append(v)
            value = tuple(parts)
        last_values.append(value)
        resolved.append((key, value))

    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    member_type = _member_type(cls)
    new_member = _find_new(cls)
    is_flag = Flag is not None and issubclass(cls, Flag)
    for key, value in resolved:
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            enum_member = new_member(cls, *args)
        elif member_type is object or member_type in (int, str):
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = cls._convert_value_(*args)
        value = enum_member._value_
        enum_member._name_ = key
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        for name, canonical in cls._member_map_.items():
            if canonical._value_ == value:
                enum_member = canonical
                break
        else:
            # Multi-bit (and zero) flag members are aliases: iteration skips them (3.11).
            if not is_flag or _is_single_bit(value):
                cls._member_names_.append(key)
        cls._member_map_[key] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        setattr(cls, key, enum_member)

    if cls._member_names_:
        # CPython calls __new__/__init__ only to make members; afterwards Color(value) is a
        # lookup. corosim's class call runs __new__ then __init__, so both become Enum's.
        if '__new__' in ns:
            cls._new_member_ = getattr(cls, '__new__')
            cls.__new__ = Enum.__dict__['__new__']
        if '__init__' in ns:
            cls.__init__ = Enum.__dict__['__init__']
    if is_flag:
        flag_mask = 0
        all_bits = 0
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            if _is_single_bit(v):
                flag_mask |= v
            all_bits |= v
        cls._flag_mask_ = flag_mask
        cls._all_bits_ = all_bits
        cls._singles_mask_ = flag_mask


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _unhashable_values_ = []
    _value_repr_ = None

    def __init_subclass__(cls, **kwds):
        _setup(cls)

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            if Flag is not None and issubclass(cls, Flag):
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _convert_value_(cls, *args):
        return _member_type(cls)(*args)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __class_getitem__(cls, name):
        # corosim: Color['RED'] reaches the class, not EnumType.__getitem__, for now.
        return cls._member_map_[name]

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _value_of(other):
    return other._value_ if isinstance(other, (_IntMixin, _StrMixin)) else other


class _IntMixin:
    """An enum member that behaves as its int value (CPython: IntEnum derives from int)."""
    _member_type_ = int

    def __corosim_value__(self):
        return self._value_

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _value_of(other)

    def __rtruediv__(self, other):
        return _value_of(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _value_of(other)

    def __rfloordiv__(self, other):
        return _value_of(other) // self._value_

    def __mod__(self, other):
        return self._value_ % _value_of(other)

    def __rmod__(self, other):
        return _value_of(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _value_of(other)

    def __rpow__(self, other):
        return _value_of(other) ** self._value_

    def __lshift__(self, other):
        return self._value_ << _value_of(other)

    def __rshift__(self, other):
        return self._value_ >> _value_of(other)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)


class _StrMixin:
    """An enum member that behaves as its str value (CPython: StrEnum derives from str)."""
    _member_type_ = str

    def __corosim_value__(self):
        return self._value_

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __mul__(self, other):
        return self._value_ * other

    def __len__(self):
        return len(self._value_)

    def __contains__(self, item):
        return _value_of(item) in self._value_

    def __iter__(self):
        return iter(self._value_)

    def __getitem__(self, key):
        return self._value_[key]


class IntEnum(_IntMixin, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(_StrMixin, ReprEnum):
    """Enum where members are also (and must be) strings"""

    @classmethod
    def _convert_value_(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        return str(*values)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


class FlagBoundary(Enum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """Support for flags: members combine with |, & and ^, and ~ inverts."""

    _numeric_repr_ = repr
    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and _is_single_bit(m._value_) and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        keep = cls._boundary_ is KEEP
        unknown = value & ~flag_mask if value >= 0 else 0
        if value < 0:
            value = value & cls._all_bits_
        if unknown and not keep:
            bits = max(flag_mask.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, _bin(value, bits), _bin(flag_mask, bits)))
        pseudo_member = object.__new__(cls)
        pseudo_member._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        if unknown:
            names.append(hex(unknown))
        pseudo_member._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo_member)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if _member_type(self.__class__) is not object and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_ & self._flag_mask_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(_IntMixin, ReprEnum, Flag):
    """Support for integer-based Flags"""
    _boundary_ = KEEP

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        return Flag.__or__(self, other)

    def __and__(self, other):
        return Flag.__and__(self, other)

    def __xor__(self, other):
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return Flag.__invert__(self)

    def __contains__(self, other):
        return Flag.__contains__(self, other)

    def __iter__(self):
        return Flag.__iter__(self)

    def __len__(self):
        return Flag.__len__(self)

    def __bool__(self):
        return bool(self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (UNIQUE is checked; others accepted)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_str(self):
    return self._name_


def global_enum(cls, update_str=False):
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
