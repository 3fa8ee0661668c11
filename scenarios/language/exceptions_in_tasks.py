# Exceptions raised in tasks and coroutines: try/except/else/finally ordering across
# awaits, re-raising, exception attributes and messages of builtin errors.
# Covers: try/except/else/finally, raise, raise from, bare raise, builtin messages.
import asyncio


async def fetch(key, store):
    await asyncio.sleep(0.1)
    try:
        return store[key]
    except KeyError as e:
        raise LookupError(f"no such key: {key}") from e
    finally:
        print("fetch done", key)


async def main():
    store = {"a": 1}
    try:
        print("got", await fetch("a", store))
        print("got", await fetch("b", store))
    except LookupError as e:
        print("caught", type(e).__name__, e, "cause:", repr(e.__cause__))
    else:
        print("no error")
    finally:
        print("cleanup")
    for bad in (lambda: 1 / 0, lambda: [][1], lambda: int("x"), lambda: None + 1, lambda: {}["k"]):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__ + ":", e)
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("handling, then re-raising")
            raise
    except ValueError as e:
        print("outer got", repr(e))


asyncio.run(main())
