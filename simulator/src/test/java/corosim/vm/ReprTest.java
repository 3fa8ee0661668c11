package corosim.vm;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** str() and repr() of values, and the messages of builtin exceptions, against CPython. */
class ReprTest {
  @TestFactory
  Stream<DynamicTest> values_printAsInCPython() {
    return Reference.agree(Reference.programs(
        "strings_quotesAndEscapes", """
            for s in ['', "it's", 'say "hi"', 'both \\' and "', 'tab\\t nl\\n cr\\r bs\\\\',
                      '\\x00\\x1f\\x7f\\x80\\xa0\\xad', '\\u200b\\u2028\\ufeff', 'é中😀', '\\U0010ffff']:
                print(repr(s), ascii(s), len(s))
            """,
        "numbers", """
            print(0.1 + 0.2, 1e16, 1e15, 1.5e-5, 1e-4, 123456789012345678.0, -0.0, 2.0 ** 0.5,
                  1 / 3, 5e-324, 1.7976931348623157e308, float('nan'), float('-inf'))
            print(2 ** 64, -(2 ** 100), 10 ** 30 // 7, (-10) ** 21 % 13, 7 // -2, -7 % 3)
            print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -2.5)], round(2.675, 2), round(0.125, 2),
                  round(1234567, -3), round(5.5), round(-5.5))
            print(True + True, True * 3, int(True), hash(True) == hash(1), 1 == 1.0 == True)
            """,
        "containers_andRecursion", """
            l = [1, 'a', None, (2,), {}, set(), frozenset(), {'k': [1.0, True]}]
            print(l, str(l), (), (1,), {1: {2: {}}})
            r = [1]; r.append(r); print(r)
            d = {}; d['self'] = d; print(d)
            print({'b': 1, 'a': 2}, dict(zip('xy', (1, 2))), list(range(3)), range(1, 9, 2))
            print(b'', b'abc\\x00\\xff\\'', bytes([104, 105]), repr(b'"'), b"it's")
            print(slice(1, None), Ellipsis, NotImplemented, type(None), type(...))
            """,
        "exceptionsAndClasses", """
            class E(Exception): pass
            for e in [ValueError(), ValueError('x'), ValueError('x', 2), KeyError('k'), KeyError(),
                      KeyError(1, 2), E('custom'), StopIteration(5), SystemExit(3), OSError(2, 'no'),
                      OSError(2, 'no', 'f.txt'), ConnectionResetError(104, 'reset'), OSError('m')]:
                print(repr(e), '|', str(e), '|', e.args)
            print(E, ValueError, type, object, int.__name__, E.__qualname__, E.__module__)
            """,
        "builtinErrorMessages", """
            cases = [lambda: [][1], lambda: ()[0], lambda: 'ab'[5], lambda: {}['k'], lambda: 1 / 0,
                     lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: int('x'),
                     lambda: int('1.5'), lambda: float('x'), lambda: None.attr, lambda: 'a' + 1,
                     lambda: 1 + 'a', lambda: len(1), lambda: [] < {}, lambda: None(),
                     lambda: undefined_name, lambda: iter(1), lambda: OSError(2, 'gone', 'f').x,
                     lambda: {}.pop('k'), lambda: [].pop(), lambda: [1].index(2),
                     lambda: 'abc'.index('z'), lambda: int(None), lambda: sorted([1, 'a']),
                     lambda: {[]: 1}, lambda: hash([]), lambda: abs('x'), lambda: next(iter([])),
                     lambda: max([]), lambda: [1, 2, 3][1:2:0], lambda: 'x' * 'y', lambda: [1] * 2.0,
                     lambda: divmod(1, 0), lambda: pow(0, -1), lambda: chr(-1),
                     lambda: ord('ab'), lambda: 'a'.join([1]), lambda: list(5), lambda: dict(5)]
            for c in cases:
                try:
                    c()
                except Exception as e:
                    print(type(e).__name__, e)
            """));
  }
}
