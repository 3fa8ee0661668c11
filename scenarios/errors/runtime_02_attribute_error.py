# Calling a method on None that a lookup returned: the carets point at the attribute.
# Covers: AttributeError messages, method-call carets, an exception raised at time 0.
import asyncio


class Registry:
    def __init__(self):
        self.handlers = {}

    def find(self, name):
        return self.handlers.get(name)


async def main():
    registry = Registry()
    handler = registry.find("orders")
    await handler.dispatch({"id": 1})


asyncio.run(main())
