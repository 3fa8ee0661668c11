# A coroutine that simulates one second of I/O and returns a value; run on its own
# it prints nothing and the program takes 1 s.
# Covers: async def with a return value, asyncio.sleep as simulated I/O.
# From seed 002 (揭秘Python并发编程核心), example 1. A fragment that only defines a
# function: `import asyncio` and `asyncio.run(fetch_data())` make it a program.
import asyncio

async def fetch_data():

    # 模拟异步I/O操作
    await asyncio.sleep(1)  # 假设这里是从网络获取数据
    return "数据加载完成"

asyncio.run(fetch_data())
