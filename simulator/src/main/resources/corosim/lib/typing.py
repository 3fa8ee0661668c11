"""typing for corosim: every name CPython 3.11's typing module offers to annotate code.

corosim never evaluates annotations (they are kept as text, as under "from __future__ import
annotations"), so these objects matter only where a program uses them at run time:
subscripting (List[int], Optional['Node'], Callable[[int], str]) gives an alias that prints
as in CPython; Generic[T] and Protocol are usable as bases; NamedTuple and TypedDict class
syntax work; cast, overload, NewType, TypeVar and TYPE_CHECKING (False) behave as in CPython.
Deliberately simpler: aliases are not accepted by isinstance(), and get_type_hints returns
the annotations' text.
"""

import collections
import collections.abc
import _corosim

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, str):
        return f'ForwardRef({obj!r})'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _GenericAlias:
    """What subscripting a typing name gives: List[int], Optional[str], ..."""

    def __init__(self, origin, args, name=None, display=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._display = display

    def __repr__(self):
        if self._display is not None:
            return self._display
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'typing.{self._name}[{args}]'

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal, ...: printable and subscriptable."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _convert(p):
    return ForwardRef(p) if isinstance(p, str) else p


def _union(form, parameters):
    params = []
    for p in _tuple(parameters):
        p = type(None) if p is None else _convert(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    params = tuple(params)
    if len(params) == 2 and type(None) in params:
        other = params[0] if params[1] is type(None) else params[1]
        return _GenericAlias(Union, params, 'Union', f'typing.Optional[{_type_repr(other)}]')
    return _GenericAlias(Union, params, 'Union')


def _optional(form, parameter):
    return Union[parameter, None]


def _literal(form, parameters):
    params = _tuple(parameters)
    return _GenericAlias(Literal, params, 'Literal',
                         f"typing.Literal[{', '.join(repr(p) for p in params)}]")


def _wrap(form, parameters):
    return _GenericAlias(form, tuple(_convert(p) for p in _tuple(parameters)), form._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
ClassVar = _SpecialForm('ClassVar', _wrap)
Final = _SpecialForm('Final', _wrap)
Concatenate = _SpecialForm('Concatenate', _wrap)
TypeGuard = _SpecialForm('TypeGuard', _wrap)
Required = _SpecialForm('Required', _wrap)
NotRequired = _SpecialForm('NotRequired', _wrap)
Unpack = _SpecialForm('Unpack', _wrap)


def _annotated(form, params):
    params = _tuple(params)
    return _GenericAlias(params[0], params, 'Annotated',
                         f"typing.Annotated[{', '.join(_type_repr(p) for p in params)}]")


Annotated = _SpecialForm('Annotated', _annotated)


class _Alias(_SpecialForm):
    """An unsubscripted alias of a class: List, Dict, Callable, Awaitable, ..."""

    def __init__(self, origin, name):
        super().__init__(name)
        self.__origin__ = origin

    def __getitem__(self, params):
        if self._name == 'Callable' and isinstance(params, tuple) and len(params) == 2:
            args, result = params
            shown = '...' if args is ... else '[' + ', '.join(_type_repr(a) for a in args) + ']'
            return _GenericAlias(self.__origin__, params, 'Callable',
                                 f'typing.Callable[{shown}, {_type_repr(result)}]')
        return _GenericAlias(self.__origin__, tuple(_convert(p) for p in _tuple(params)),
                             self._name)

    def __call__(self, *args, **kwargs):
        if self._name in ('List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type'):
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


_abc = collections.abc
List = _Alias(list, 'List')
Dict = _Alias(dict, 'Dict')
Set = _Alias(set, 'Set')
FrozenSet = _Alias(frozenset, 'FrozenSet')
Tuple = _Alias(tuple, 'Tuple')
Type = _Alias(type, 'Type')
Deque = _Alias(collections.deque, 'Deque')
DefaultDict = _Alias(collections.defaultdict, 'DefaultDict')
OrderedDict = _Alias(collections.OrderedDict, 'OrderedDict')
Counter = _Alias(collections.Counter, 'Counter')
ChainMap = _Alias(collections.ChainMap, 'ChainMap')
Callable = _Alias(_abc.Callable, 'Callable')
Awaitable = _Alias(_abc.Awaitable, 'Awaitable')
Coroutine = _Alias(_abc.Coroutine, 'Coroutine')
AsyncIterable = _Alias(_abc.AsyncIterable, 'AsyncIterable')
AsyncIterator = _Alias(_abc.AsyncIterator, 'AsyncIterator')
AsyncGenerator = _Alias(_abc.AsyncGenerator, 'AsyncGenerator')
Iterable = _Alias(_abc.Iterable, 'Iterable')
Iterator = _Alias(_abc.Iterator, 'Iterator')
Generator = _Alias(_abc.Generator, 'Generator')
Reversible = _Alias(_abc.Reversible, 'Reversible')
Container = _Alias(_abc.Container, 'Container')
Collection = _Alias(_abc.Collection, 'Collection')
Hashable = _Alias(_abc.Hashable, 'Hashable')
Sized = _Alias(_abc.Sized, 'Sized')
Sequence = _Alias(_abc.Sequence, 'Sequence')
MutableSequence = _Alias(_abc.MutableSequence, 'MutableSequence')
Mapping = _Alias(_abc.Mapping, 'Mapping')
MutableMapping = _Alias(_abc.MutableMapping, 'MutableMapping')
AbstractSet = _Alias(_abc.Set, 'AbstractSet')
MutableSet = _Alias(_abc.MutableSet, 'MutableSet')
MappingView = _Alias(_abc.MappingView, 'MappingView')
KeysView = _Alias(_abc.KeysView, 'KeysView')
ItemsView = _Alias(_abc.ItemsView, 'ItemsView')
ValuesView = _Alias(_abc.ValuesView, 'ValuesView')
ByteString = _Alias(_abc.ByteString, 'ByteString')
ContextManager = _Alias(object, 'ContextManager')
AsyncContextManager = _Alias(object, 'AsyncContextManager')
IO = _Alias(object, 'IO')
TextIO = _Alias(object, 'TextIO')
BinaryIO = _Alias(object, 'BinaryIO')
Pattern = _Alias(object, 'Pattern')
Match = _Alias(object, 'Match')
Text = str


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) subclasses Generic."""

    def __class_getitem__(cls, params):
        # corosim has no __mro_entries__: Generic[T] is Generic itself, a usable base, and
        # a generic class subscripted (Box[int]) is the class.
        return cls


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
        return True


_PROTO_SKIP = {'__module__', '__qualname__', '__doc__', '__dict__', '__annotations__',
               '__init__', '__abstractmethods__', '_is_protocol', '_is_runtime_protocol',
               '__parameters__', '__orig_bases__', '__slots__', '__weakref__',
               '__class_getitem__', '__init_subclass__', '__subclasshook__', '__hash__',
               '__protocol_attrs__'}


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping)."""
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (isinstance checks its members)."""
    cls._is_runtime_protocol = True
    _corosim.set_metaclass(cls, _ProtocolMeta)
    return cls


class NamedTuple(tuple):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""

    _prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                             '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                             '_source'})

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is NamedTuple:
            if fields is None:
                fields = kwargs.items()
            names = [n for n, t in fields]
            return collections.namedtuple(typename, names, module='__main__')
        raise TypeError(f"cannot create {cls.__name__} instances")

    def __init_subclass__(cls, **kwargs):
        ns = cls.__dict__
        types = ns.get('__annotations__', {})
        default_names = []
        defaults = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
                defaults.append(ns[field_name])
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(cls.__name__, types.keys(), defaults=defaults,
                                        module=ns.get('__module__', '__main__'))
        generated = nm_tpl.__dict__
        for key in ('__new__', '_make', '_replace', '_asdict', '__getnewargs__', '_fields',
                    '_field_defaults', '__match_args__') + tuple(types):
            setattr(cls, key, generated[key])
        if '__repr__' not in ns:
            cls.__repr__ = generated['__repr__']
        cls.__new__.__qualname__ = f'{cls.__qualname__}.__new__'


class TypedDict(dict):
    """A dict with typed keys: class Movie(TypedDict): title: str. Instances are plain dicts."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        annotations = {}
        for base in reversed(cls.__mro__):
            annotations.update(base.__dict__.get('__annotations__', {}))
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(annotations)
        cls.__optional_keys__ = frozenset()
        cls.__total__ = True


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, dict) and TypedDict in tp.__mro__


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}")
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    _overload_registry.setdefault(getattr(func, '__qualname__', None), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases) or module, as their text in corosim."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsComplex(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass
