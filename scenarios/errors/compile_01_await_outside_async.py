# 'await' in a plain def: the most common slip when converting code to asyncio.
# Covers: compile errors found after parsing, with a hint on what to change.
import asyncio


def load_config():
    await asyncio.sleep(0.1)
    return {"retries": 3}


asyncio.run(load_config())
