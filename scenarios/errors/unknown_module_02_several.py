# Every unknown import is reported, each with its own hint; a guarded import is not.
# Covers: several unknown modules, 'from x import y', try/except ImportError, TYPE_CHECKING.
import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

try:
    import uvloop
except ImportError:
    uvloop = None

TYPE_CHECKING = False
if TYPE_CHECKING:
    from myapp.models import User

log = logging.getLogger(__name__)


async def main():
    with ThreadPoolExecutor() as pool:
        await asyncio.get_running_loop().run_in_executor(pool, print, "hi")


asyncio.run(main())
