"""Generic (shallow and deep) copying operations, as CPython's copy module behaves.

corosim copies instances of classes by creating the object with cls.__new__(cls) and copying
its __dict__ (CPython's default __reduce_ex__ does the same); __copy__ and __deepcopy__ are
honoured; the library's containers (deque, defaultdict, Counter, OrderedDict, named tuples)
copy to their own type.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

def _is_atomic(x):
    cls = type(x)
    if cls in (type(None), int, float, bool, str, bytes, range, slice, type, frozenset):
        return cls is not frozenset or all(_is_atomic(v) for v in x)
    if isinstance(x, (type, types.FunctionType, types.BuiltinFunctionType, types.ModuleType,
                      types.MethodType, BaseException)) or x is Ellipsis or x is NotImplemented:
        return True
    return False


def _reconstruct_instance(x, state_copy):
    cls = type(x)
    y = cls.__new__(cls)
    if hasattr(x, '__dict__'):
        state = x.__dict__
        y.__dict__.update(state_copy(state))
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, tuple):
        if hasattr(cls, '_make'):
            return cls._make(x)
        return x
    if isinstance(x, dict):
        return _copy_dict(x, lambda v: v)
    if isinstance(x, list):
        return cls(x)
    return _reconstruct_instance(x, lambda d: dict(d))


def _copy_dict(x, conv):
    cls = type(x)
    if hasattr(cls, 'default_factory'):
        y = cls(x.default_factory)
    else:
        y = cls()
    for key, value in x.items():
        dict.__setitem__(y, conv(key), conv(value))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    copier = getattr(x, "__deepcopy__", None) if not isinstance(x, type) else None
    if copier is not None:
        y = copier(memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x]
        y = cls._make(items) if hasattr(cls, '_make') else cls(items)
    elif isinstance(x, dict):
        y = _copy_dict(x, lambda v: deepcopy(v, memo))
    elif isinstance(x, list):
        y = cls(deepcopy(a, memo) for a in x)
    elif type(x).__name__ == 'deque' and hasattr(x, 'maxlen'):
        y = cls((deepcopy(a, memo) for a in x), x.maxlen)
    else:
        y = _reconstruct_instance(x, lambda state: deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
