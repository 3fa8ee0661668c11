"""Python part of the warnings subsystem, as applications use it: warn() prints
"<file>:<line>: Category: message" to stderr once per message (the default filter)."""

import sys

__all__ = ["warn", "simplefilter", "filterwarnings", "resetwarnings", "catch_warnings",
           "showwarning", "formatwarning"]

filters = []
_seen = set()
_action = {'action': 'default'}


def formatwarning(message, category, filename, lineno, line=None):
    return "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    action = _action['action']
    for f_action, f_category in filters:
        if issubclass(category, f_category):
            action = f_action
            break
    if action == 'ignore':
        return
    if action == 'error':
        raise category(message) if not isinstance(message, Warning) else message
    if category is DeprecationWarning and action == 'default' and not filters:
        return
    key = (str(message), category)
    if action in ('default', 'once', 'module') and key in _seen:
        return
    _seen.add(key)
    showwarning(message, category, sys.argv[0], 0)


def simplefilter(action, category=Warning, lineno=0, append=False):
    entry = (action, category)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    filters[:] = []


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        self._saved = list(filters)
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            return []
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._saved
