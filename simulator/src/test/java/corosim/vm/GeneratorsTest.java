package corosim.vm;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generators, async generators driven without a loop, comprehensions and closures, each
 * program compared with CPython's output.
 */
class GeneratorsTest {
  @TestFactory
  Stream<DynamicTest> generators_behaveAsInCPython() {
    return Reference.agree(Reference.programs(
        "sendThrowClose_andReturnValues", """
            def g():
                try:
                    x = yield 1
                    print('got', x)
                    yield 2
                except KeyError as e:
                    print('caught', repr(e))
                    yield 3
                finally:
                    print('cleanup')
                return 'done'
            it = g()
            print(next(it), it.send('a'), it.throw(KeyError('k')))
            try:
                next(it)
            except StopIteration as e:
                print('stop', e.value, e.args)
            it = g(); next(it); it.close(); print('closed')
            it = g(); it.close(); print(list(it))
            """,
        "yieldFrom_delegatesSendAndReturns", """
            def inner():
                x = yield 'i1'
                y = yield f'i2 {x}'
                return x + y
            def outer():
                r = yield from inner()
                yield f'result {r}'
            o = outer()
            print(next(o), o.send(1), o.send(2))
            print(list(x for x in range(3)), [*(y * 2 for y in 'ab')])
            """,
        "stopIterationInsideGenerator_isRuntimeError", """
            def bad():
                yield 1
                raise StopIteration('oops')
            try:
                list(bad())
            except RuntimeError as e:
                print(type(e).__name__, e, repr(e.__cause__))
            """,
        "closeIgnored_isRuntimeError", """
            def stubborn():
                while True:
                    try:
                        yield
                    except GeneratorExit:
                        print('ignoring')
                        yield 'again'
            s = stubborn(); next(s)
            try:
                s.close()
            except RuntimeError as e:
                print(e)
            """,
        "sendBeforeStart_andRunningState", """
            def g():
                yield 1
            it = g()
            try:
                it.send(5)
            except TypeError as e:
                print(e)
            print(it.gi_running, next(it), type(it).__name__, it.__name__)
            """,
        "asyncGenerators_drivenBySend", """
            async def agen():
                try:
                    x = yield 1
                    yield x * 10
                finally:
                    print('agen finally')
            def drive(awaitable):
                try:
                    awaitable.send(None)
                except StopIteration as e:
                    return e.value
            a = agen()
            print(drive(a.__anext__()), drive(a.asend(4)))
            try:
                drive(a.__anext__())
            except StopAsyncIteration:
                print('exhausted')
            b = agen()
            print(drive(b.__anext__()))
            try:
                drive(b.athrow(ValueError('boom')))
            except ValueError as e:
                print('athrow raised', e)
            c = agen(); drive(c.__anext__()); drive(c.aclose()); print('closed')
            """,
        "coroutine_sendAndAwaitProtocol", """
            class Ready:
                def __await__(self):
                    yield 'suspended'
                    return 42
            async def main():
                v = await Ready()
                return v + 1
            c = main()
            print(c.send(None))
            try:
                c.send(None)
            except StopIteration as e:
                print('returned', e.value)
            async def never(): pass
            n = never(); n.close()
            try:
                n.send(None)
            except RuntimeError as e:
                print(e)
            """,
        "comprehensionScopes_andWalrus", """
            x = 'outer'
            print([x for x in range(3)], x)
            print({k: v for k, v in zip('ab', [1, 2])}, {c for c in 'aab'} == {'a', 'b'})
            print([(i, j) for i in range(3) for j in range(i)], [y for x in [1, 2] if (y := x * 3) > 3], y)
            funcs = [lambda: i for i in range(3)]
            print([f() for f in funcs])
            print(sum(n for n in range(10) if n % 2), max((len(w), w) for w in 'a bb ccc'.split()))
            """,
        "closures_nonlocalAndGlobal", """
            total = 0
            def add(n):
                global total
                total += n
            def counter():
                c = 0
                def inc():
                    nonlocal c
                    c += 1
                    return c
                return inc
            i = counter(); i(); add(5)
            print(i(), total)
            def shadow():
                try:
                    print(total)
                    total = 1
                except UnboundLocalError as e:
                    print(e)
            shadow()
            """));
  }
}
