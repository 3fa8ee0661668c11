# Application classes derived from builtin types: case-insensitive HTTP headers (dict),
# a bounded history (list), a token type (str), HTTP status codes (int) and a
# hand-written named tuple (tuple).
# Covers: subclassing dict/list/str/int/tuple, super() calls into the builtin methods,
# __missing__, __new__ for immutable types, how results of builtin operations decay to
# the base type, isinstance, repr of subclass instances.
class Headers(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __missing__(self, key):
        raise KeyError(f"no header {key!r}")


class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]

    def last(self, n=1):
        return self[-n:]


class Token(str):
    def __new__(cls, text, kind):
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj

    def __repr__(self):
        return f"Token({str(self)!r}, {self.kind})"


class Status(int):
    phrases = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}

    @property
    def phrase(self):
        return self.phrases.get(int(self), "Unknown")

    @property
    def is_error(self):
        return self >= 400

    def __str__(self):
        return f"{int(self)} {self.phrase}"


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


h = Headers({"Content-Type": "text/html"}, Accept="*/*")
h["X-Request-ID"] = "abc"
print(h, h["content-type"], "ACCEPT" in h, len(h), isinstance(h, dict))
try:
    h["Authorization"]
except KeyError as e:
    print("missing:", e)
print(sorted(h.items()), h.get("accept"), h.get("Accept"))

hist = History(3)
for command in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    hist.append(command)
print(hist, hist.last(2), hist + ["more"], type(hist + ["more"]).__name__, hist == ["pwd", "echo hi", "exit"])

tokens = [Token("let", "keyword"), Token("x", "name"), Token("=", "op")]
print(tokens, " ".join(tokens), tokens[0].upper(), type(tokens[0].upper()).__name__)
print(tokens[0] == "let", {"let": 1}[tokens[0]], tokens[1].kind, len(tokens[0]), f"<{tokens[0]:>5}>")

codes = [Status(200), Status(503), Status(404)]
print([str(c) for c in codes], [c.is_error for c in codes], sorted(codes), codes[1] + 1)
print(f"{codes[0]}", "%d items" % codes[2], codes[0] == 200, type(codes[0] * 2).__name__)

p = Point(3, 4)
print(p, p.x, p.y, p + (5,), p == (3, 4), len(p), max(p), {p: "here"}[(3, 4)])
x, y = p
print(x * y, isinstance(p, tuple), repr(Point(0, 0)))
