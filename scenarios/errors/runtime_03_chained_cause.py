# An error translated with 'raise ... from', then another raised while handling it:
# CPython prints the whole chain, oldest first, with the linking sentences.
# Covers: __cause__ and __context__ chains, exceptions across tasks.
import asyncio


class StorageError(Exception):
    pass


async def load(key):
    await asyncio.sleep(1)
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise StorageError(f"no record {key!r}") from e


async def handler():
    try:
        return await load("zz")
    except StorageError:
        raise RuntimeError("request failed")


async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(2)
    print("awaiting the task")
    await task


asyncio.run(main())
