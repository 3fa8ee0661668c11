# A recursive function without a base case: a RecursionError after 1000 frames, as in
# CPython, not a crash of the simulator; the repeated frames are collapsed.
# Covers: the recursion limit, "[Previous line repeated N more times]".
def countdown(n):
    print_every(n)
    return countdown(n - 1)


def print_every(n):
    if n % 250 == 0:
        print("at", n)


countdown(1000)
