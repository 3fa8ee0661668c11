"""Abstract Base Classes (PEP 3119), as CPython's abc module behaves for application code.

corosim notes: instantiating a subclass of ABC that leaves an abstract method unimplemented
raises CPython's TypeError (checked in ABC.__new__); isinstance() against an ABCMeta class
consults register() and __subclasshook__.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def get_cache_token():
    return 0


def _is_abstract(value):
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except Exception:
        return False


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        registry = cls.__dict__.get('_abc_registry')
        if registry is None:
            registry = []
            cls._abc_registry = registry
            _REGISTRIES.append(cls)
        if subclass not in registry:
            registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for klass in cls.__mro__:
            hook = klass.__dict__.get('__subclasshook__')
            if hook is not None:
                ok = hook.__func__(cls, subclass) if hasattr(hook, '__func__') else hook(cls, subclass)
                if ok is not NotImplemented:
                    return bool(ok)
                break
        for klass in _REGISTRIES:
            if cls is not klass and cls not in klass.__mro__:
                continue
            for registered in klass.__dict__.get('_abc_registry', ()):
                if registered is subclass or registered in getattr(subclass, '__mro__', ()):
                    return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)


# The ABCs that have virtual subclasses: a class registered with an ABC is a virtual
# subclass of that ABC's bases too.
_REGISTRIES = []


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        if '__abstractmethods__' not in cls.__dict__:
            # corosim runs __init_subclass__ of the first base only; compute it now.
            update_abstractmethods(cls)
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        return object.__new__(cls)
