# Building requests from layered configuration: defaults, overrides and call-site
# keywords merged with ** and *, positional-only and keyword-only parameters, and
# star-assignment to split records.
# Covers: *args/**kwargs in definitions and calls, keyword-only and positional-only
# parameters, dict/list/set/tuple unpacking in displays, extended unpacking, walrus,
# the TypeErrors for misuse.
DEFAULTS = {"timeout": 5, "retries": 2, "verbose": False}


def request(method, url, /, *params, timeout, retries=0, **headers):
    query = "&".join(f"p{i}={p}" for i, p in enumerate(params))
    head = ", ".join(f"{k}={v}" for k, v in sorted(headers.items()))
    return f"{method} {url}?{query} timeout={timeout} retries={retries} [{head}]"


def merged(*layers, **overrides):
    result = {}
    for layer in layers:
        result = {**result, **layer}
    return {**result, **overrides}


settings = merged(DEFAULTS, {"retries": 5}, verbose=True)
print(settings)
print(request("GET", "/items", 1, 2, timeout=3))
options = {k: v for k, v in settings.items() if k in ("timeout", "retries")}
print(request("POST", "/orders", *["a", "b"], **options, accept="json", token="t0"))
for bad in [lambda: request("GET", url="/x", timeout=1), lambda: request("GET", "/x"),
            lambda: request("GET", "/x", timeout=1, **{"timeout": 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

records = ["2024-05-01,ada,42,7", "2024-05-02,bob,17", "2024-05-03,cy,3,1,9"]
for record in records:
    date, name, *scores = record.split(",")
    first, *_ = scores
    print(date, name, [int(s) for s in scores], "first", first)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
combined = [*range(3), *"xy", *{"k": 1}]
print(combined, (*combined[:2], "end"), {*"abca"} == {"a", "b", "c"})
values = [4, 8, 15, 16, 23, 42]
if (n := len(values)) > 5:
    print(f"{n} values, mean {sum(values) / n:.2f}")
big = [y for x in values if (y := x * 2) > 30]
print(big, y)
print(max(*values), min(values, key=lambda v: abs(v - 20)), sorted(values, reverse=True)[:3])
