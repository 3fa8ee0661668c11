# How errors travel through an application: a custom exception hierarchy, handlers
# ordered from specific to general, else and finally clauses, exceptions raised inside
# handlers and finally blocks, and what the exception objects carry.
# Covers: class hierarchies of exceptions, except with tuples, else/finally order,
# raise from None, __context__/__cause__/__suppress_context__, args/str/repr,
# assert with messages, exceptions from builtins with CPython's messages.
class ServiceError(Exception):
    def __init__(self, message, *, code=500):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(ServiceError):
    def __init__(self, what):
        super().__init__(f"{what} not found", code=404)
        self.what = what


class Invalid(ServiceError, ValueError):
    pass


USERS = {"ada": {"age": 36}}


def lookup(name):
    try:
        return USERS[name]
    except KeyError:
        raise NotFound(f"user {name!r}") from None


def age_next_year(name):
    user = lookup(name)
    age = user.get("age")
    assert isinstance(age, int), f"age of {name} is {age!r}"
    return age + 1


def handle(name):
    trail = []
    try:
        trail.append("try")
        result = age_next_year(name)
    except NotFound as e:
        trail.append(f"not found ({e.code}, what={e.what!r}, cause={e.__cause__}, "
                     f"suppress={e.__suppress_context__})")
        result = None
    except (Invalid, AssertionError) as e:
        trail.append(f"{type(e).__name__}: {e}")
        result = -1
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    return result, trail


USERS["bob"] = {"age": "forty"}
for name in ["ada", "zed", "bob"]:
    print(name, handle(name))

err = Invalid("bad email", code=422)
print(str(err), repr(err), err.args, isinstance(err, ValueError), Invalid.__mro__[1].__name__)


def cleanup_fails():
    try:
        raise ConnectionError("primary failed")
    finally:
        raise OSError("cleanup failed too")


try:
    cleanup_fails()
except OSError as e:
    print(repr(e), "context:", repr(e.__context__))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ServiceError("lookup broke") from e
except ServiceError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

failing = {
    "[][0]": lambda: [][0],
    "{}['x']": lambda: {}["x"],
    "int('4x')": lambda: int("4x"),
    "None.name": lambda: None.name,
    "len(5)": lambda: len(5),
    "1 + '1'": lambda: 1 + "1",
    "undefined_var": lambda: undefined_var,
    "(1, 2)[5]": lambda: (1, 2)[5],
    "'abc'.index('z')": lambda: "abc".index("z"),
    "[1].remove(2)": lambda: [1].remove(2),
    "{}.popitem()": lambda: {}.popitem(),
    "divmod(1, 0)": lambda: divmod(1, 0),
    "max([])": lambda: max([]),
    "[1, 2].pop(5)": lambda: [1, 2].pop(5),
    "float('x')": lambda: float("x"),
}
for expr, fn in failing.items():
    try:
        fn()
    except Exception as e:
        print(f"{expr:>18} -> {type(e).__name__}: {e}")
