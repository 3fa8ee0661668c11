# Generators used as coroutines, the way pre-async code and data pipelines use them:
# a running averager fed with send(), reset by throw(), stopped by close(), and a
# delegating generator that collects the results of sub-generators with yield from.
# Covers: send/throw/close, priming with next(), GeneratorExit (also through yield from),
# return values through StopIteration.value and yield from, state after exhaustion.
class Reset(Exception):
    pass


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except Reset:
            print("  (reset)")
            total, count, average = 0.0, 0, None
            continue
        except GeneratorExit:
            print(f"  averager closing after {count} values")
            raise
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
        group.close()
    return results


avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
print(avg.throw(Reset))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as stop:
    print("returned", stop.value)
try:
    next(avg)
except StopIteration as stop:
    print("exhausted:", stop.value)

other = averager()
next(other)
other.send(1)
other.close()
other.close()
print(report({"girls;kg": [40.9, 38.5, 44.3], "boys;kg": [39.0, 40.8, 43.2, 40.8]}))


def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"


c = countdown(3)
print([next(c), next(c), c.send(5), next(c)])
print(list(c))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", countdown(2), range(2))))
