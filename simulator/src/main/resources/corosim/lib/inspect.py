"""A few of CPython's inspect predicates that asyncio code uses."""

import types as _types

__all__ = ['iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isfunction', 'isclass',
           'ismethod', 'isgeneratorfunction', 'isgenerator', 'isasyncgenfunction',
           'isasyncgen', 'isbuiltin', 'isroutine', 'ismodule', 'getdoc', 'cleandoc']


def _code_flags(obj):
    while hasattr(obj, '__func__'):
        obj = obj.__func__
    return obj


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, _types.CoroutineType) or hasattr(type(object), '__await__'))


def iscoroutinefunction(obj):
    import _corosim
    f = _code_flags(obj)
    return isfunction(f) and _corosim.function_kind(f) == 'coroutine'


def isgeneratorfunction(obj):
    import _corosim
    f = _code_flags(obj)
    return isfunction(f) and _corosim.function_kind(f) == 'generator'


def isasyncgenfunction(obj):
    import _corosim
    f = _code_flags(obj)
    return isfunction(f) and _corosim.function_kind(f) == 'async_generator'


def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)
