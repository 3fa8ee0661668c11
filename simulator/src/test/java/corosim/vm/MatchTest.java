package corosim.vm;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every kind of pattern of the match statement, compared with CPython's output. */
class MatchTest {
  @TestFactory
  Stream<DynamicTest> match_behavesAsInCPython() {
    return Reference.agree(Reference.programs(
        "literalsSingletonsAndValues", """
            class K:
                A = 1
            def f(v):
                match v:
                    case 0 | 1.5 | 'x' | b'y': return 'literal'
                    case None: return 'none'
                    case True: return 'true'
                    case K.A: return 'value'
                    case -2: return 'negative'
                    case _: return 'other'
            print([f(v) for v in [0, 1.5, 'x', b'y', None, True, 1, -2, False, 1.0]])
            """,
        "sequences_withStarsAndNesting", """
            def f(v):
                match v:
                    case []: return 'empty'
                    case [x]: return f'one {x}'
                    case [x, [y, *ys]]: return f'nested {x} {y} {ys}'
                    case [first, *_, last]: return f'ends {first} {last}'
                    case (a, b): return 'pair'
            print([f(v) for v in [[], [1], (1,), [1, [2, 3, 4]], [1, 2, 3], range(4), 'ab', (1, 2)]])
            """,
        "mappings_withRestAndGet", """
            def f(v):
                match v:
                    case {'a': 1, **rest}: return f'a1 {rest}'
                    case {'b': b}: return f'b {b}'
                    case {}: return 'mapping'
                    case _: return 'not a mapping'
            class D(dict):
                def __missing__(self, k): return 'never used by match'
            print([f(v) for v in [{'a': 1, 'z': 2}, {'b': None}, {'c': 1}, D(c=1), [('a', 1)]]])
            """,
        "classPatterns_positionalKeywordAndSelf", """
            class P:
                __match_args__ = ('x', 'y')
                def __init__(self, x, y): self.x, self.y = x, y
            def f(v):
                match v:
                    case P(0, y=0): return 'origin'
                    case P(x, y) if x == y: return f'diag {x}'
                    case P(x=x): return f'p {x}'
                    case int(n) | float(n): return f'num {n}'
                    case str() as s: return f'str {s}'
                    case bool(): return 'unreachable'
                    case _: return '?'
            print([f(v) for v in [P(0, 0), P(2, 2), P(1, 5), 3, 2.5, 's', True, None]])
            try:
                match P(1, 2):
                    case P(1, 2, 3): pass
            except TypeError as e:
                print(e)
            """,
        "orAndAsPatterns_bindInOrder", """
            def f(v):
                match v:
                    case [('a' | 'b') as tag, x] | [x, ('c' as tag)]:
                        return (tag, x)
                    case (1 | 2) as small:
                        return small
            print(f(['a', 1]), f([9, 'c']), f(2), f(3))
            """,
        "guards_andFailedCasesBindNothing", """
            def f(v):
                match v:
                    case [x, y] if x > y:
                        return 'desc'
                    case [x, 9]:
                        return 'nine'
                    case _:
                        return 'other'
            print(f([2, 1]), f([1, 9]), f([1, 2]))
            match [1, 2]:
                case [1, 3]: pass
                case [a, b]: print(a, b)
            """,
        "matchErrors_atRunTime", """
            class NoArgs: pass
            for v in [NoArgs()]:
                try:
                    match v:
                        case NoArgs(1): pass
                except TypeError as e:
                    print(e)
            class Bad:
                __match_args__ = ['x']
            try:
                match Bad():
                    case Bad(1): pass
            except TypeError as e:
                print(e)
            try:
                match 1:
                    case len(): pass
            except TypeError as e:
                print(e)
            """));
  }
}
