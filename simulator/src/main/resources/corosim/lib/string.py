"""A collection of string constants, capwords and Template ($-substitution), as CPython's
string module. Template's placeholder syntax is scanned by hand (corosim has no re module)
with the same rules: $$, $identifier, ${identifier}, anything else invalid.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string: split, capitalize each word, join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class _Match:
    """One placeholder: its kind ('escaped', 'named', 'braced', 'invalid'), the name, the
    text it spans and where it starts."""

    def __init__(self, kind, name, start, end, text):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.text = text


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                return
            k = j + len(d)
            if t.startswith(d, k):
                yield _Match('escaped', None, j, k + len(d), t[j:k + len(d)])
                i = k + len(d)
                continue
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_REST:
                    e += 1
                yield _Match('named', t[k:e], j, e, t[j:e])
                i = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_REST:
                    e += 1
                if e < n and t[e] == '}':
                    yield _Match('braced', t[k + 1:e], j, e + 1, t[j:e + 1])
                    i = e + 1
                    continue
            yield _Match('invalid', None, j, k, t[j:k])
            i = k

    def _invalid(self, mo):
        i = mo.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _replace(self, convert):
        out = []
        pos = 0
        for mo in self._scan():
            out.append(self.template[pos:mo.start])
            out.append(convert(mo))
            pos = mo.end
        out.append(self.template[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            if mo.name is not None:
                return str(mapping[mo.name])
            if mo.kind == 'escaped':
                return self.delimiter
            self._invalid(mo)
        return self._replace(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            if mo.name is not None:
                try:
                    return str(mapping[mo.name])
                except KeyError:
                    return mo.text
            if mo.kind == 'escaped':
                return self.delimiter
            return mo.text
        return self._replace(convert)

    def is_valid(self):
        for mo in self._scan():
            if mo.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._scan():
            if mo.name is not None and mo.name not in ids:
                ids.append(mo.name)
        return ids


class Formatter:
    """str.format as a class, for subclasses that override get_value or format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
