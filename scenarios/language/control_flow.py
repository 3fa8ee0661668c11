# Control flow inside coroutines: if/elif/else, while with break and else, for over
# ranges, lists, tuples, strings and dicts, continue, conditional expressions.
# Covers: if/elif/else, while/else, for/else, break, continue, tuple unpacking.
import asyncio


async def classify(n):
    await asyncio.sleep(n / 10)
    if n % 15 == 0:
        return "fizzbuzz"
    elif n % 3 == 0:
        return "fizz"
    elif n % 5 == 0:
        return "buzz"
    else:
        return str(n)


async def main():
    words = []
    for n in range(1, 16):
        words.append(await classify(n))
    print(" ".join(words))
    total, i = 0, 0
    while True:
        i += 1
        if i % 2:
            continue
        total += i
        if total > 20:
            break
    print("total", total, "at", i)
    for ch in "abc":
        pass
    else:
        print("for-else ran after", ch)
    inventory = {"apples": 3, "pears": 0, "plums": 7}
    for fruit, count in inventory.items():
        status = "out" if count == 0 else "in stock"
        print(f"{fruit:>6}: {status}")
    for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
        print(a + b + c, end=" ")
    print()


asyncio.run(main())
