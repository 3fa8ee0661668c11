# A forgotten colon after an if condition: the error points just past the condition.
# Covers: syntax errors as file:line:col with the source line, a caret and a hint.
import asyncio


async def fetch(response):
    if response.status == 200
        return await response.json()
    return None


asyncio.run(fetch(None))
