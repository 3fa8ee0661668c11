# The explicit form of asyncio.run: get the event loop, run main until complete,
# close the loop. Same output and timing as 002_2.
# Covers: asyncio.get_event_loop outside a coroutine, loop.run_until_complete, loop.close.
# From seed 002 (揭秘Python并发编程核心), example 3; fetch_data and main come from
# examples 1 and 2. The two sentences before the code were comments in the tutorial's
# code block (their '#' was lost with the formatting) and are comments again here.
import asyncio

async def fetch_data():

    # 模拟异步I/O操作
    await asyncio.sleep(1)  # 假设这里是从网络获取数据
    return "数据加载完成"

async def main():
    result = await fetch_data()
    print(result)

# 实际上,asyncio.run(main())内部已经包含了事件循环的创建、启动和关闭

# 但为了展示事件循环的显式用法,可以这样写:

loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
