# A log-processing pipeline built from generators: each stage pulls from the previous one
# lazily, so only one record is in flight at a time.
# Covers: generator functions, generator expressions, yield from with return values,
# next() with a default, enumerate/zip, str methods, dict aggregation.
LOG = """\
2024-05-01 10:00:01 INFO  api    GET /users 200 12ms
2024-05-01 10:00:02 WARN  api    GET /orders 404 3ms
2024-05-01 10:00:02 INFO  worker job=42 done 1530ms
malformed line
2024-05-01 10:00:05 ERROR api    POST /orders 500 88ms
2024-05-01 10:00:07 INFO  api    GET /users 200 9ms
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def parse(lines):
    for number, line in lines:
        parts = line.split()
        if len(parts) < 5:
            print(f"skipping line {number}: {line!r}")
            continue
        date, clock, level, source, *rest = parts
        yield {"line": number, "time": clock, "level": level, "source": source, "rest": rest}


def only(level_names, records):
    wanted = set(level_names)
    return (r for r in records if r["level"] in wanted)


def durations(records):
    for r in records:
        last = r["rest"][-1]
        if last.endswith("ms"):
            yield int(last[:-2])


def with_totals(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
        yield v
    return total, count


def report(values):
    totals = yield from with_totals(values)
    print("inside report: total/count =", totals)


records = list(parse(read_lines(LOG)))
print(len(records), "records")
problems = only(["WARN", "ERROR"], iter(records))
print("first problem:", next(problems)["line"])
print("next problem:", next(problems)["line"])
print("no more:", next(problems, None))
print("ms values:", list(report(durations(records))))
by_level = {}
for r in records:
    by_level[r["level"]] = by_level.get(r["level"], 0) + 1
print(by_level)
slowest = max(zip(durations(records), (r["line"] for r in records)))
print("slowest (ms, line):", slowest)
squares = (n * n for n in range(5))
print(sum(squares), sum(squares))
