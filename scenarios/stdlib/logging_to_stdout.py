# Application logging in an asyncio service, sent to stdout so the log is part of the
# output: a root handler with a format, child loggers per component, levels and filtering,
# a LoggerAdapter adding context, and logger.exception with a traceback's last line.
# Covers: logging (basicConfig(stream=, format=, level=), getLogger hierarchy, setLevel,
# propagate, Formatter styles, Filter, LoggerAdapter, exception).
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("shop")
db_log = logging.getLogger("shop.db")
api_log = logging.getLogger("shop.api")


class NoHealthChecks(logging.Filter):
    def filter(self, record):
        return "health" not in record.getMessage()


async def handle(request_id: int, path: str):
    adapter = logging.LoggerAdapter(api_log, {"request": request_id})
    adapter.info("GET %s", path)
    await asyncio.sleep(0.1 * request_id)
    if path == "/boom":
        try:
            raise RuntimeError("database is read-only")
        except RuntimeError:
            db_log.error("write failed for request %d", request_id)
        return 500
    db_log.debug("query for %s", path)
    return 200


async def main():
    log.info("starting with %d workers", 3)
    api_log.addFilter(NoHealthChecks())
    codes = await asyncio.gather(handle(1, "/users"), handle(2, "/health"), handle(3, "/boom"))
    log.warning("status codes: %s", codes)
    db_log.setLevel(logging.DEBUG)
    await handle(4, "/orders")
    quiet = logging.getLogger("shop.quiet")
    quiet.propagate = False
    quiet.error("not shown anywhere but stderr's last resort")
    print(logging.getLevelName(logging.WARNING), db_log.getEffectiveLevel(), api_log.getEffectiveLevel(),
          db_log.parent is log, log.isEnabledFor(logging.DEBUG))
    log.info("done: %(ok)d ok, %(failed)d failed", {"ok": codes.count(200), "failed": codes.count(500)})


asyncio.run(main())
