# Every unknown import is reported, each with its own hint; a guarded import is not.
# Covers: several unknown modules, 'from x import y', try/except ImportError, TYPE_CHECKING.
import asyncio
import aiohttp
from multiprocessing import Pool

try:
    import uvloop
except ImportError:
    uvloop = None

TYPE_CHECKING = False
if TYPE_CHECKING:
    from myapp.models import User


async def main():
    async with aiohttp.ClientSession() as session:
        with Pool(4) as pool:
            print(session, pool)


asyncio.run(main())
