package corosim.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tracebacks as CPython 3.11 prints them: each frame's source line and the carets under the
 * expression that failed (CPython's instruction positions), compared with CPython's text; and
 * the recursion limit.
 */
class TracebackTest {
  @TestFactory
  Stream<DynamicTest> carets_pointWhereCPythonPoints() {
    return Reference.agree(Reference.programs(
        "methodCall_attributeMissing", "x = None\ny = 1 + x.foo(1)\n",
        "methodCall_raises", "d = {}\ny = 1 + d.pop('k')\n",
        "attribute", "x = None\ny = [x.foo]\n",
        "plainCall_andRaiseStatement", "def f(): raise ValueError\ny = 1 + f()\n",
        "subscriptStore", "d = (1,)\nd[0] = 5\n",
        "augmentedName_isTheWholeStatement", "x = None\nx += 1\n",
        "augmentedAttribute", "class A: pass\na = A()\na.v += 1\n",
        "augmentedSubscript", "l = [1]\nl[5] += 1\n",
        "comparison", "y = [1 < 'a']\n",
        "unpacking", "a, b = [1, 2, 3]\n",
        "forOverNonIterable", "for x in 5:\n    pass\n",
        "name", "y = [1, zz]\n",
        "formatSpec", "x = 1\ny = f'{x:abc}'\n",
        "withNonContextManager", "with 5:\n    pass\n",
        "assertComparison", "assert 1 == 2, 'm'\n",
        "assertName", "ok = False\nassert ok\n",
        "comprehensionFrames", "def f():\n    raise KeyError(1)\nx = [f() for _ in range(2)]\n",
        "subscriptInCall", "d = {'a': 1}\nprint(d['b'])\n",
        "binaryOperatorInChain", "a = 1\nb = 0\nc = a + a / b\n",
        "nestedCalls", "def g(x): return x['k']\nprint(g({}))\n",
        "lambda", "f = lambda x: x / 0\nf(1)\n",
        "generatorExpression", "print(sum(1 / x for x in [1, 0]))\n",
        "methodChain", "s = 'abc'\nn = s.upper().index('z')\n",
        "returnSubscript", "def f(a):\n    return a[0]\nf([])\n",
        "keywordCall", "def f(a): pass\nf(b=1)\n",
        "multiLineCall", "def f(a, b): return a / b\nx = f(\n    1,\n    0)\n",
        "slice", "x = None\ny = x[1:2]\n",
        "builtinCall", "n = int('abc')\n",
        "starCall", "def f(a): pass\nargs = [1, 2]\nf(*args)\n",
        "classBody", "class A:\n    x = 1 / 0\n",
        "decorator", "def d(f): raise ValueError\n@d\ndef g(): pass\n",
        "unaryOperator", "x = -None\n",
        "notCallable", "x = 5\nx()\n",
        "containment", "y = 1 in 5\n",
        "walrus", "if (n := 1 / 0): pass\n",
        "conditionalExpression", "y = 1 if 1 / 0 else 2\n",
        "booleanOperator", "y = 0 or 1 / 0\n",
        "parenthesisedOperand", "a = (1 + 2) / 0\n",
        "twoCharacterOperator", "a = 1 //  0\n",
        "trailingComment", "def f():\n    raise ValueError('x')  # boom\nf()\n",
        "reraiseKeepsTraceback", "def f():\n    try:\n        {}['k']\n    except KeyError:\n"
            + "        raise\nf()\n",
        "chainedCauseAndContext", "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n"
            + "    raise ValueError('v') from e\n",
        "generatorThrow", "def g():\n    yield 1\nit = g()\nnext(it)\nit.throw(KeyError('t'))\n",
        "awaitInCoroutine", "class R:\n    def __await__(self):\n        yield\n"
            + "async def f():\n    raise ValueError('x')\nasync def main():\n    v = await f()\n"
            + "c = main()\nc.send(None)\n",
        "didYouMean_attribute", "class User:\n    def __init__(self):\n        self.name = 'x'\n"
            + "u = User()\nprint(str(AttributeError('m')), u.nmae)\n",
        "noSuggestion_whenNothingIsClose", "class A: pass\nA().zzzzzz\n",
        "recursionCollapsed", "def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n"
            + "    return f(n - 1)\nf(10)\n"));
  }

  /** Carets under a line with wide characters count display columns, as CPython's do. */
  @Test
  void caretsUnderWideCharacters_countDisplayColumns() {
    assertThat(Programs.traceback("""
        def f():
            x = {'中文': 1}
            print('中文', x['zz'])
        f()
        """)).isEqualTo("""
        Traceback (most recent call last):
          File "test.py", line 4, in <module>
            f()
          File "test.py", line 3, in f
            print('中文', x['zz'])
                          ~^^^^^^
        KeyError: 'zz'
        """);
  }

  /**
   * CPython's excepthook suggests a close name from the frame's locals, then globals, then
   * builtins (what python3 prints for these programs; traceback.format_exception under exec
   * does not, so they are not in the differential list above).
   */
  @Test
  void nameErrors_suggestACloseName() {
    assertThat(Programs.traceback("""
        def f(items):
            for itm in items:
                print(item)
        f([1])
        """)).endsWith("NameError: name 'item' is not defined. Did you mean: 'items'?\n");
    assertThat(Programs.traceback("counter = 1\nprnt(countr)\n"))
        .endsWith("NameError: name 'prnt' is not defined. Did you mean: 'print'?\n");
    assertThat(Programs.traceback("print(zzzzqqq)\n"))
        .endsWith("NameError: name 'zzzzqqq' is not defined\n");
  }

  @Test
  void deepButLegalRecursion_works() {
    assertThat(Programs.run("""
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)
        print(depth(900))
        def fact(n):
            return 1 if n <= 1 else n * fact(n - 1)
        print(len(str(fact(950))))
        """)).isEqualTo("900\n2419\n");
  }

  @Test
  void unboundedRecursion_isARecursionError_atCPythonsDepth() {
    assertThat(Programs.run("""
        def f(n):
            try:
                return f(n + 1)
            except RecursionError:
                return n
        print(f(0))
        def g():
            g()
        g()
        """)).isEqualTo("998\n! RecursionError: maximum recursion depth exceeded\n");
  }

  @Test
  void recursionLimit_canBeRaised() {
    assertThat(Programs.run("""
        import sys
        sys.setrecursionlimit(1500)
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)
        print(depth(1400), sys.getrecursionlimit())
        """)).isEqualTo("1400 1500\n");
  }
}
