# Collecting the failures of concurrent jobs into an ExceptionGroup and handling each
# kind with except*; unhandled parts propagate, nested groups keep their shape.
# Covers: ExceptionGroup construction, .exceptions, split/subgroup, derive in a subclass,
# except* with several clauses, re-raising, str/repr of groups.
import asyncio


class JobFailures(ExceptionGroup):
    def derive(self, excs):
        return JobFailures(self.message, excs)


async def job(n):
    await asyncio.sleep(n / 10)
    if n % 3 == 0:
        raise ValueError(f"job {n}: bad input")
    if n % 4 == 0:
        raise TimeoutError(f"job {n}: took too long")
    return n * n


async def run_all(ns):
    results = await asyncio.gather(*(job(n) for n in ns), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        raise JobFailures(f"{len(errors)} of {len(ns)} jobs failed", errors)
    return results


async def main():
    try:
        await run_all([1, 2, 3, 4, 5, 6, 8])
    except* ValueError as eg:
        print("bad input:", [str(e) for e in eg.exceptions])
        print("group type:", type(eg).__name__, "|", eg)
    except* TimeoutError as eg:
        print("timeouts:", len(eg.exceptions), repr(eg.exceptions[0]))

    print(await run_all([1, 2, 5]))

    group = ExceptionGroup("outer", [
        KeyError("a"),
        ExceptionGroup("inner", [ValueError(1), KeyError("b")]),
        OSError("disk"),
    ])
    keys, rest = group.split(KeyError)
    print("keys:", repr(keys))
    print("rest:", repr(rest))
    print("subgroup:", group.subgroup(lambda e: isinstance(e, ValueError)))
    print("none:", group.subgroup(TypeError))

    try:
        try:
            raise group
        except* KeyError as eg:
            print("handled", eg.message, len(eg.exceptions))
    except ExceptionGroup as remaining:
        print("still raised:", repr(remaining))

    try:
        try:
            raise ExceptionGroup("work", [ValueError("x"), TypeError("y")])
        except* ValueError:
            raise RuntimeError("cleanup failed")
    except ExceptionGroup as eg:
        print([type(e).__name__ for e in eg.exceptions], "context:", repr(eg.exceptions[0].__context__))

    try:
        raise KeyError("naked")
    except* KeyError as eg:
        print("wrapped:", repr(eg))


asyncio.run(main())
