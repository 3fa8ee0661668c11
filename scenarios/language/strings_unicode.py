# Strings with full Unicode, as the Chinese tutorials print them: indexing, slicing,
# methods, repr quoting and escapes, f-string format specs and conversions.
# Covers: str methods, len on non-ASCII text, repr, f-strings, str.format, %-formatting.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    message = f"你好, {name}! 等待了 {delay:.1f} 秒"
    print(message, len(message))
    return message


async def main():
    results = await asyncio.gather(greet("世界", 0.5), greet("asyncio", 0.2))
    print(results)
    s = "Hello, 协程!"
    print(s.upper(), s.lower(), s[7:], s[::-1], s.find("协"), s.split(", "))
    print(repr("it's"), repr('say "hi"'), repr("tab\tnew\nline\\"), repr("中文"))
    print("-".join(["a", "b", "c"]), " pad ".strip(), "x".center(7, "*"), "7".zfill(3))
    print("{} and {}".format("a", "b"), "{0}{1}{0}".format("ab", "cd"), "{name:>6}|".format(name="n"))
    print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%5s|%-5s|" % ("r", "l"))
    print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159!r}|{'q'!r}|{len(s)=}")
    print(str(1.0), str([1, 'a']), str(None), str(True), "abc" * 2, "b" in "abc")


asyncio.run(main())
