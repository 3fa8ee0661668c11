package corosim.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language subset of the walking skeleton, construct by construct. */
class InterpreterTest {
  private static String run(String... lines) {
    return Programs.run(String.join("\n", lines) + "\n");
  }

  @Test
  void ints_haveArbitraryPrecision_andFloorSemanticsOnNegatives() {
    assertThat(run("print(2**100, -7 // 2, -7 % 3, 7 % -3, 9223372036854775807 + 1)"))
        .isEqualTo("1267650600228229401496703205376 -4 2 -2 9223372036854775808\n");
  }

  @Test
  void trueDivision_andFloatRepr_areCPythons() {
    assertThat(run("print(1/3, 0.1 + 0.2, 1e16, 1e-5, 2.5, 10/2, -0.0)"))
        .isEqualTo("0.3333333333333333 0.30000000000000004 1e+16 1e-05 2.5 5.0 -0.0\n");
  }

  @Test
  void comparisonChains_evaluateEachOperandOnce() {
    assertThat(run(
        "def f(x):",
        "    print('f', x)",
        "    return x",
        "print(f(1) < f(2) < f(3), 1 < 3 < 2, 1 == 1.0 != 2)"))
        .isEqualTo("f 1\nf 2\nf 3\nTrue False True\n");
  }

  @Test
  void boolOperators_returnOperands_andShortCircuit() {
    assertThat(run("print(0 or 'a', 1 and 2, None or [] or 5, not 0, 3 if 0 else 4)"))
        .isEqualTo("a 2 5 True 4\n");
  }

  @Test
  void fStrings_withFormatSpecsConversionsAndDebug() {
    assertThat(run(
        "x = 3.14159; n = 42; s = '中文'",
        "print(f'{x:.2f}|{n:>5}|{n:05d}|{n:,}|{s!r}|{x=}|{n:x}|{0.5:%}|{s:<4}|')"))
        .isEqualTo("3.14|   42|00042|42|'中文'|x=3.14159|2a|50.000000%|中文  |\n");
  }

  @Test
  void print_withSepAndEnd() {
    assertThat(run("print('a', 'b', sep='-', end='!')", "print()", "print(1, 2)"))
        .isEqualTo("a-b!\n1 2\n");
  }

  @Test
  void functions_withDefaultsKeywordsStarArgsAndKwargs() {
    assertThat(run(
        "def f(a, b=2, *rest, c, d=4, **kw):",
        "    return (a, b, rest, c, d, kw)",
        "print(f(1, c=3))",
        "print(f(1, 5, 6, 7, c=8, z=9))",
        "def g(x, /, y): return x + y",
        "print(g(1, y=2))"))
        .isEqualTo("(1, 2, (), 3, 4, {})\n(1, 5, (6, 7), 8, 4, {'z': 9})\n3\n");
  }

  @Test
  void wrongArguments_raiseCPythonsTypeErrors() {
    assertThat(run("def f(a, b): pass", "f(1)"))
        .isEqualTo("! TypeError: f() missing 1 required positional argument: 'b'\n");
    assertThat(run("def f(a): pass", "f(1, 2)"))
        .isEqualTo("! TypeError: f() takes 1 positional argument but 2 were given\n");
    assertThat(run("def f(a): pass", "f(1, a=2)"))
        .isEqualTo("! TypeError: f() got multiple values for argument 'a'\n");
    assertThat(run("def f(a): pass", "f(b=2)"))
        .isEqualTo("! TypeError: f() got an unexpected keyword argument 'b'\n");
  }

  @Test
  void closures_shareCells_andNonlocalRebinds() {
    assertThat(run(
        "def counter():",
        "    n = 0",
        "    def inc():",
        "        nonlocal n",
        "        n += 1",
        "        return n",
        "    return inc",
        "c = counter(); c(); c()",
        "print(c(), [f() for f in [lambda i=i: i * 2 for i in range(3)]])"))
        .isEqualTo("3 [0, 2, 4]\n");
  }

  @Test
  void loops_withBreakContinueAndElse() {
    assertThat(run(
        "for i in range(10):",
        "    if i % 2: continue",
        "    if i > 6: break",
        "    print(i, end=' ')",
        "else:",
        "    print('no break')",
        "n = 0",
        "while n < 3:",
        "    n += 1",
        "else:",
        "    print('while else', n)"))
        .isEqualTo("0 2 4 6 while else 3\n");
  }

  @Test
  void forLoop_overStrDictListTupleAndUnpacking() {
    assertThat(run(
        "for c in 'ab中': print(c, end=',')",
        "for k in {'x': 1, 'y': 2}: print(k, end=',')",
        "for k, v in {'x': 1}.items(): print(k, v, end=',')",
        "a, (b, *c), d = 1, (2, 3, 4), 5",
        "print(a, b, c, d)"))
        .isEqualTo("a,b,中,x,y,x 1,1 2 [3, 4] 5\n");
  }

  @Test
  void tryExceptElseFinally_runInCPythonsOrder() {
    assertThat(run(
        "def f(x):",
        "    try:",
        "        if x: raise ValueError('bad')",
        "        print('body')",
        "    except ValueError as e:",
        "        print('caught', e)",
        "        return 'from except'",
        "    else:",
        "        print('else')",
        "    finally:",
        "        print('finally')",
        "    return 'end'",
        "print(f(0))",
        "print(f(1))"))
        .isEqualTo("body\nelse\nfinally\nend\ncaught bad\nfinally\nfrom except\n");
  }

  @Test
  void returnInFinally_overridesAndSwallows() {
    assertThat(run(
        "def f():",
        "    try:",
        "        return 1",
        "    finally:",
        "        print('cleanup')",
        "def g():",
        "    for i in range(3):",
        "        try:",
        "            continue",
        "        finally:",
        "            print('f', i)",
        "print(f()); g()"))
        .isEqualTo("cleanup\n1\nf 0\nf 1\nf 2\n");
  }

  @Test
  void exceptionContext_isAttachedWhileHandling() {
    assertThat(Programs.traceback(String.join("\n",
        "try:",
        "    1 / 0",
        "except ZeroDivisionError:",
        "    raise KeyError('k')",
        "")))
        .isEqualTo("""
            Traceback (most recent call last):
              File "test.py", line 2, in <module>
                1 / 0
                ~~^~~
            ZeroDivisionError: division by zero

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "test.py", line 4, in <module>
                raise KeyError('k')
            KeyError: 'k'
            """);
  }

  @Test
  void traceback_goesThroughEveryFrame_outermostFirst() {
    assertThat(Programs.traceback(String.join("\n",
        "def inner():",
        "    return {}['missing']",
        "def outer():",
        "    inner()",
        "outer()",
        "")))
        .isEqualTo("""
            Traceback (most recent call last):
              File "test.py", line 5, in <module>
                outer()
              File "test.py", line 4, in outer
                inner()
              File "test.py", line 2, in inner
                return {}['missing']
                       ~~^^^^^^^^^^^
            KeyError: 'missing'
            """);
  }

  @Test
  void bareRaise_reraisesTheHandledException_andRaiseFromSetsTheCause() {
    assertThat(run(
        "try:",
        "    try:",
        "        int('x')",
        "    except ValueError:",
        "        raise",
        "except ValueError as e:",
        "    print(e)",
        "try:",
        "    raise RuntimeError('outer') from KeyError(1)",
        "except RuntimeError as e:",
        "    print(repr(e.__cause__), e.__suppress_context__)"))
        .isEqualTo("invalid literal for int() with base 10: 'x'\nKeyError(1) True\n");
  }

  @Test
  void subscriptsAndSlices_onListsStringsAndTuples() {
    assertThat(run(
        "xs = list(range(10))",
        "print(xs[2:8:2], xs[::-1][:3], xs[-1], 'hello'[1:-1], (1, 2, 3)[::2])",
        "xs[1:3] = ['a']",
        "del xs[0]",
        "print(xs[:4], len('中文字'))"))
        .isEqualTo("[2, 4, 6] [9, 8, 7] 9 ell (1, 3)\n['a', 3, 4, 5] 3\n");
  }

  @Test
  void builtins_typeIsinstanceStrIntFloatRepr() {
    assertThat(run(
        "print(type(1), type('a').__name__, isinstance(True, int), isinstance(1, (str, float)))",
        "print(str(1.0), int('  -42 '), int(3.9), float('1e3'), repr('it\\'s'), repr(\"a'b\\\"c\"))"))
        .isEqualTo("<class 'int'> str True False\n1.0 -42 3 1000.0 \"it's\" 'a\\'b\"c'\n");
  }

  @Test
  void dictsKeepInsertionOrder_andCompareLikePython() {
    assertThat(run(
        "d = {'b': 1, 'a': 2}; d['c'] = 3; del d['b']; d['b'] = 4",
        "print(d, {1: 'x'} == {1.0: 'x'}, d.get('z', 0), list(d.values()))"))
        .isEqualTo("{'a': 2, 'c': 3, 'b': 4} True 0 [2, 3, 4]\n");
  }

  @Test
  void nameErrorsAndUnboundLocals_haveCPythonsMessages() {
    assertThat(run("print(undefined_name)"))
        .isEqualTo("! NameError: name 'undefined_name' is not defined\n");
    assertThat(run("def f():", "    print(x)", "    x = 1", "f()"))
        .isEqualTo("! UnboundLocalError: cannot access local variable 'x' where it is not "
            + "associated with a value\n");
  }

  @Test
  void mainGuard_runsUnderMain() {
    assertThat(run("if __name__ == '__main__':", "    print('main')")).isEqualTo("main\n");
  }

  @Test
  void unboundedRecursion_isARecursionError_notAJvmCrash() {
    assertThat(run("def f(n): return f(n + 1)", "f(0)"))
        .isEqualTo("! RecursionError: maximum recursion depth exceeded\n");
  }

  @Test
  void classes_withInheritanceSuperAndDunders() {
    assertThat(run(
        "class A:",
        "    def __init__(self, x): self.x = x",
        "    def __repr__(self): return f'A({self.x})'",
        "    def hello(self): return 'A.hello'",
        "class B(A):",
        "    def hello(self): return 'B+' + super().hello()",
        "b = B(1)",
        "print(b, b.hello(), isinstance(b, A), B.__mro__[1].__name__)"))
        .isEqualTo("A(1) B+A.hello True A\n");
  }
}
