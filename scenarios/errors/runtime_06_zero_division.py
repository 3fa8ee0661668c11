# A division by zero in an average over an empty window, inside a generator pipeline.
# Covers: ZeroDivisionError, binary-operator carets, generator and genexpr frames.
def windows(values, size):
    for i in range(0, len(values) + 1, size):
        yield values[i:i + size]


def averages(values):
    return [sum(w) / len(w) for w in windows(values, 2)]


print(averages([3, 5, 8, 10]))
