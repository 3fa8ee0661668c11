# Iteration protocols in application code: a paginated result set iterable many times,
# a one-shot cursor, a sequence-like ring buffer using __getitem__, and reversed().
# Covers: __iter__/__next__, StopIteration, iterables vs iterators, __getitem__-based
# iteration, __len__, __contains__, __reversed__, iter(callable, sentinel), unpacking.
class ResultSet:
    def __init__(self, rows, page_size):
        self.rows = rows
        self.page_size = page_size

    def __iter__(self):
        for start in range(0, len(self.rows), self.page_size):
            yield from self.rows[start:start + self.page_size]

    def __len__(self):
        return len(self.rows)

    def __contains__(self, row):
        print(f"  (searching for {row!r})")
        return row in self.rows

    def __reversed__(self):
        return iter(self.rows[::-1])


class Cursor:
    def __init__(self, rows):
        self.rows = rows
        self.position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.position >= len(self.rows):
            raise StopIteration
        row = self.rows[self.position]
        self.position += 1
        return row


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, index):
        if index >= 2 * len(self.items):
            raise IndexError(index)
        return self.items[index % len(self.items)]


rows = [f"row{i}" for i in range(5)]
rs = ResultSet(rows, 2)
print(list(rs), list(rs) == rows, len(rs))
print("row3" in rs, "row9" in rs)
print(list(reversed(rs)))
cursor = Cursor(rows)
print(next(cursor), next(cursor))
print(list(cursor), list(cursor))
first, *middle, last = ResultSet(rows, 3)
print(first, middle, last)
print(list(Ring("abc")), "b" in Ring("abc"))
numbers = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(numbers), 5)))
print(dict(zip("abc", Cursor([1, 2, 3]))), sorted(rs, key=lambda r: -int(r[3:]))[:2])
print(any(r.endswith("4") for r in rs), all(len(r) == 4 for r in rs), sum(1 for _ in rs))
