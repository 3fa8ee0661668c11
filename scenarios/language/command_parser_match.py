# An interactive shell's command parser written with match: sequence patterns with
# literals, captures and stars, or-patterns, class patterns with positional and keyword
# sub-patterns, value patterns from constants, and guards.
# Covers: structural pattern matching on lists of words, __match_args__, dotted value
# patterns, builtin class patterns (int(), str()), as-patterns, fall-through to _.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Color:
    RED = "red"
    GREEN = "green"


class Command:
    __match_args__ = ("verb",)

    def __init__(self, verb, *args):
        self.verb = verb
        self.args = list(args)


def parse(line):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walk {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", item]:
            return f"take one {item}"
        case ["take", *items] if len(items) <= 3:
            return f"take {', '.join(items)}"
        case ["take", *items]:
            return f"too many things ({len(items)})"
        case ["paint", Color.RED | Color.GREEN as color]:
            return f"paint it {color}"
        case [verb, *rest]:
            return f"unknown {verb} ({len(rest)} args)"


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "elsewhere"
        case Command("move", args=[int(dx), int(dy)]):
            return f"move by {dx},{dy}"
        case Command(verb=str() as verb):
            return f"command {verb}"
        case (int() | float()) as number if number < 0:
            return "negative number"
        case int(n) | float(n):
            return f"number {n}"
        case {"x": x, "y": y, **rest}:
            return f"mapping point {x},{y} +{len(rest)}"
        case _:
            return "unknown"


for line in ["", "q", "go north", "go up", "take lamp", "take a b c", "take a b c d",
             "paint green", "paint blue", "dance wildly now"]:
    print(f"{line!r:>20} -> {parse(line)}")
for obj in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Command("move", 1, -2),
            Command("move", "x"), -3.5, 7, {"x": 1, "y": 2, "z": 3}, None]:
    print(where(obj))
