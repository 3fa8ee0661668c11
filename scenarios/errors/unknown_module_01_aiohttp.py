# A tutorial's HTTP client: corosim has no network, and says what to use instead.
# Covers: an import of an unknown module is a compile error at its line, with a hint.
import asyncio
import aiohttp


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()


asyncio.run(fetch("https://example.com"))
