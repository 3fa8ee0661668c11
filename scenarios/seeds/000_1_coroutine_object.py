# Calling a coroutine function runs nothing: hello() only makes a coroutine object,
# so this program prints nothing. The object is never awaited, so CPython warns on
# stderr when it is collected: "RuntimeWarning: coroutine 'hello' was never awaited".
# Covers: async def, coroutine objects, a coroutine that is never awaited.
# From seed 000 (Python协程怎么实现?), example 1. A fragment, kept as it is: it needs
# no import and is already the smallest program. After the comment the tutorial goes
# on in prose ("要真正运行这个协程,必须把它放进事件循环里执行。"), not code.
async def hello():
    print("Hello")
coro = hello() # 这只是一个协程对象,还没运行
