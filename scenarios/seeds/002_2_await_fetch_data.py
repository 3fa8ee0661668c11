# Awaiting a coroutine returns its return value: main prints it after 1 s.
# Covers: result = await coro, asyncio.run.
# From seed 002 (揭秘Python并发编程核心), example 2; fetch_data comes from example 1.
import asyncio

async def fetch_data():

    # 模拟异步I/O操作
    await asyncio.sleep(1)  # 假设这里是从网络获取数据
    return "数据加载完成"

async def main():
    result = await fetch_data()
    print(result)

asyncio.run(main())
