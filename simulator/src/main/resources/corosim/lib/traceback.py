"""Print and format tracebacks, as CPython's traceback module for the common calls
(print_exc, format_exc, print_exception, format_exception, format_exception_only)."""

import sys
import _corosim

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_stack', 'format_stack', 'extract_stack']


def _exception(exc, value):
    if value is None and isinstance(exc, BaseException):
        return exc
    return value


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    value = _exception(exc, value)
    if value is None:
        return ['NoneType: None\n']
    text = _corosim.format_exception(value)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exception_only(exc, /, value=None):
    value = _exception(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return [_corosim.format_exception(value).rstrip('\n').split('\n')[-1] + '\n']


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []


def extract_stack(f=None, limit=None):
    return []
