# Awaiting a future that nobody completes hangs forever: the set_result call is only
# a comment, nothing is ready and no timer is pending, so the program deadlocks at
# 0 s (under real CPython it blocks in select for ever).
# Covers: loop.create_future, await on a pending future, deadlock.
# From seed 002 (揭秘Python并发编程核心), example 4. A fragment that only defines a
# function using a global `loop`: the last two lines, taken from example 3's explicit
# loop, make it a program. The two sentences after the function were comments in
# the tutorial's code block (their '#' was lost) and are comments again here.
import asyncio

async def fetch_data_with_future():
    future = loop.create_future() # 注意:在asyncio.run()中不需要手动创建

    # 假设这里通过某种方式启动了异步操作,并将结果设置到future中
    # future.set_result("数据加载完成")
    return await future

# 注意:上面的fetch_data_with_future示例仅用于说明Future对象的概念,

# 实际使用中,我们不会手动创建和设置Future对象,而是使用await表达式自动处理。

loop = asyncio.get_event_loop()
loop.run_until_complete(fetch_data_with_future())
