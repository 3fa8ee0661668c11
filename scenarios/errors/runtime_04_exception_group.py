# Two workers fail; the program bundles their errors in an ExceptionGroup and one
# except* clause handles part of it. The rest escapes and prints in CPython's boxes.
# Covers: ExceptionGroup tracebacks, nested groups, notes, except* re-raising the rest.
import asyncio


async def worker(n):
    await asyncio.sleep(n)
    if n == 1:
        raise ValueError(f"worker {n} got a bad value")
    raise ConnectionError(f"worker {n} lost its connection")


async def main():
    results = await asyncio.gather(worker(1), worker(2), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    for e in errors:
        e.add_note(f"seen at the end of main")
    try:
        raise ExceptionGroup("workers failed", errors)
    except* ValueError as values:
        print("handled", len(values.exceptions), "value error(s)")


asyncio.run(main())
