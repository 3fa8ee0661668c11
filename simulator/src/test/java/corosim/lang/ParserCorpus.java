package corosim.lang;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Python 3.11 snippets covering every statement, expression, literal and pattern form the
 * parser handles, each valid for CPython; {@link ParserDifferentialTest} compares our tree of
 * each with CPython's.
 */
final class ParserCorpus {
  private ParserCorpus() {}

  static final List<String> SNIPPETS = List.of(
      "x = 1\n",
      "x = y = z = 1\n",
      "a, *b = c\n",
      "[a, (b, c)] = d\n",
      "x.y[1:2, ::3] = v\n",
      "x += 1; y <<= 2; z //= 3; w **= 4; m @= n; o %= p; q |= r; s ^= t; u &= v; a >>= b; c -= d; e *= f; g /= h\n",
      "x: int\n",
      "x: list[int] = []\n",
      "(x): int = 1\n",
      "self.x: int = 1\n",
      "d['k']: str = 'v'\n",
      "a = b, = c\n",
      "x = (a, b) = c\n",
      "x = *a, *b\n",
      "[*a] = b\n",
      "(*a,) = b\n",
      "x[a:b][c] = d\n",
      "(a.b).c = 1\n",
      "x = 1;\n",
      "del a, b[0], c.d, (e, f), [g]\n",
      "del (a), [b],\n",
      "pass; break; continue\n",
      "def f():\n    return\n\ndef g():\n    return 1, 2\n\ndef h():\n    return *a, *b\n",
      "raise\n",
      "raise E\n",
      "raise E('x') from None\n",
      "global a, b\nnonlocal c\n",
      "assert x\nassert isinstance(x, int), f'{x!r} is not int'\n",
      "import a\nimport a.b.c as d, e\n",
      "from . import x\n"
          + "from ..a.b import (c as d, e,)\n"
          + "from ... import *\n"
          + "from .... x import y\n"
          + "from __future__ import annotations\n"
          + "from a import (b)\n",
      "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
      "if a:\n    x\nelse:\n    if b:\n        y\n",
      "while x:\n    break\nelse:\n    y\n",
      "while chunk := read():\n    process(chunk)\n",
      "for i, (j, k) in enumerate(x):\n    continue\nelse:\n    pass\n",
      "for x, in y: pass\n",
      "for [a, b] in c: pass\n",
      "for x in 1, 2, 3: pass\n",
      "for x in *a, *b: pass\n",
      "with a as b, c as (d, e), f: pass\n",
      "with (a as b, c as d,): pass\n",
      "with (a, b): pass\n",
      "with (a, b) as c: pass\n",
      "with (open(x)) as f: pass\n",
      "with a as [b, c]: pass\n",
      "with a as b.c, d as e[0]: pass\n",
      "with open('f') as f, open('g') as g:\n    pass\n",
      "def f():\n    with (yield) as x:\n        pass\n",
      "try:\n"
          + "    pass\n"
          + "except E as e:\n"
          + "    pass\n"
          + "except (A, B):\n"
          + "    pass\n"
          + "except:\n"
          + "    pass\n"
          + "else:\n"
          + "    pass\n"
          + "finally:\n"
          + "    pass\n",
      "try:\n    pass\nfinally:\n    pass\n",
      "try:\n    x\nexcept E:\n    y\nelse:\n    z\n",
      "try:\n    pass\nexcept* E:\n    pass\nexcept* (F, G) as g:\n    pass\n",
      "@dec\n"
          + "@dec.attr(1)\n"
          + "@(lambda f: f)\n"
          + "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n"
          + "    '''doc'''\n"
          + "    return a\n",
      "@a.b.c\ndef f(): pass\n@a[1]\ndef g(): pass\n@property\ndef h(self): ...\n",
      "async def f():\n"
          + "    await x\n"
          + "    async for a in b: pass\n"
          + "    async with c as d: pass\n"
          + "    return [i async for i in g() if await i]\n",
      "async def f():\n"
          + "    return [x async for x in y async for z in x]\n"
          + "\n"
          + "async def g():\n"
          + "    return {k: v async for k, v in y}\n",
      "async def main():\n"
          + "    async with asyncio.timeout(1):\n"
          + "        await asyncio.sleep(2)\n"
          + "    async with asyncio.TaskGroup() as tg:\n"
          + "        tg.create_task(f())\n"
          + "    await asyncio.gather(*[g() for g in gs])\n",
      "async def f():\n    x = await a ** b\n    y = -await c\n    return await d.e(f)[g]\n",
      "def f(*, a): pass\ndef g(a, /): pass\ndef h(*args: *Ts): pass\n",
      "def f(a: int = 1, *b: str, c: 'x' = None, **d: dict): pass\n",
      "def f(a,): pass\ndef g(*a,): pass\ndef h(**a,): pass\ndef i(a, *, b,): pass\n",
      "def f(\n    a,\n    b,\n):\n    pass\n",
      "class A: pass\n"
          + "class B(C, D, metaclass=M, **kw): x = 1\n"
          + "class E(): pass\n"
          + "@d\n"
          + "class F(*bases): pass\n"
          + "class G(object,): pass\n",
      "class A:\n    def f(self): return self\n    x = 1\n\n    class B:\n        pass\n",
      "lambda: 0\n"
          + "lambda a, b=1, *c, d, e=2, **f: a\n"
          + "lambda *, a: a\n"
          + "lambda a, /, b: a\n"
          + "lambda a,: 1\n"
          + "lambda *a, **k: 0\n",
      "x = a if b else c if d else e\n"
          + "x = 1 if True else 2,\n"
          + "x = a if not b else c\n"
          + "x = a if b else lambda: c\n",
      "x = a or b and not c or d\nx = not not a\nx = a and b and c or d or e\n",
      "x = a < b <= c != d is not e in f not in g is h == i > j >= k\n"
          + "x = not a == b\n"
          + "x = a is not None and b not in c\n",
      "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
      "x = -2 ** -3 ** 2\n"
          + "x = ~+-a\n"
          + "x = a ** -b\n"
          + "x = -a ** b\n"
          + "x = (-a) ** b\n"
          + "x = 2 ** 3 ** 4\n",
      "x = a.b.c(d)[e](f=g, *h, **i)\nf(a)(b)(c)\nx = (a)(b)\nx = a[b](c).d\n",
      "f(x for x in y)\n"
          + "f(*a, *b, c=1, **d, e=2)\n"
          + "f(a, *b, c, d=e)\n"
          + "f(a,)\n"
          + "f(*a,)\n"
          + "f(**a,)\n"
          + "print(*a, sep='')\n",
      "def f():\n"
          + "    x = (yield)\n"
          + "    y = yield a, b\n"
          + "    z = yield from g()\n"
          + "    print((yield))\n"
          + "    return (yield x)\n"
          + "    x = yield\n",
      "x = [1, 2, *a]\n"
          + "x = (1,)\n"
          + "x = ()\n"
          + "x = {}\n"
          + "x = {1, 2}\n"
          + "x = {**a, 'b': 1, **c}\n"
          + "x = {**a}\n"
          + "x = {1: 2, **b, 3: 4}\n"
          + "x = [1,]\n"
          + "x = {1,}\n"
          + "x = {1: 2,}\n",
      "x = {a: b for a, b in c if a}\n"
          + "x = {a for a in b}\n"
          + "x = [a for a in b for c in a if c if not d]\n"
          + "x = (a for a in b)\n"
          + "x = (i for i in range(3) if i)\n"
          + "x = [lambda: i for i in range(3)]\n",
      "x = (y := 10)\n"
          + "if (n := len(a)) > 10: pass\n"
          + "x = [y := f(x), y**2]\n"
          + "f(x := 1)\n"
          + "x = a[x:=1]\n"
          + "x = {y := 1}\n",
      "a[1]\n"
          + "a[1:2]\n"
          + "a[::]\n"
          + "a[:, 1]\n"
          + "a[1:2:3, ...]\n"
          + "a[*b]\n"
          + "a[b, *c]\n"
          + "a[()]\n"
          + "a[(1, 2)]\n"
          + "a[-1:]\n"
          + "a[:-1]\n"
          + "a[b:c, d:e]\n",
      "x = ...\nx = None, True, False\nx = a.b.c.d\n",
      "x = 0x1F, 0o17, 0b1010, 1_000_000, 0_0, 00, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.0_1, 1j, 1.5J, 0j, 1e1000, 10**20, 123456789012345678901234567890\n",
      "x = 0.1, 0.0001, 0.00001, 1e16, 1e15, 123456789.123456789, 3.14159, 2.5e-10, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 10_000j, 1e5j, 0.5j\n",
      "x = 1 .real\nx = 1.0.real\nx = 1if y else 2\n",
      "x = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n",
      "x = r'\\n' R'\\d' u'x' U'y'\n",
      "x = b'a' B'\\x00' br'\\n' Rb'x' bR'y' b'\\xff\\x7f'\n",
      "x = '\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\0\\12\\x41\\u00e9\\U0001F600\\N{EM DASH}'\n",
      "x = 'line\\\ncontinued'\n",
      "x = '''multi\nline\n  string'''\n",
      "x = '中文' + \"😀\" + 'é' 'à'\n",
      "x = 'tab\there'\n"
          + "x = ''\n"
          + "x = \"\"\n"
          + "x = ''''''\n"
          + "x = \"it's\"\n"
          + "x = 'say \"hi\"'\n"
          + "x = 'both \\' and \"'\n",
      "x = '\\N{LATIN SMALL LETTER E WITH ACUTE}'\nx = rb'\\x00'\nx = '%s' % (a,)\n",
      "x = 'a' \\\n    'b'\n",
      "x = f'{a}' f'{b!r}' f'{c!s:>10}' f'{d!a}'\n",
      "x = f'{a:{b}.{c}f}'\n"
          + "x = f'{{literal}}'\n"
          + "x = f'{{{x}}}'\n"
          + "x = f'{x:%H:%M}'\n"
          + "x = f'{a:=^10}'\n",
      "x = f'{x=}'\nx = f'{x = }'\nx = f'{x=!s}'\nx = f'{x=:>5}'\nx = f'{ x = !r:^20}'\n",
      "x = f'{a[\"k\"]}'\nx = f\"{a['k']}\"\nx = f'{\"nested\"}'\nx = f'{f\"{x}\"}'\n",
      "x = f'''{\n a\n}'''\nx = f'''one\n{two}\nthree {four!r}'''\n",
      "x = F'{x}' rf'\\d{x}' fR'{x}\\n'\nx = f'\\n{x}\\t'\nx = f'{x:}'\n",
      "x = f'{3.14:.2f}' 'plain' f'{y}'\n"
          + "x = 'a' 'b' f'c{d}e' 'f'\n"
          + "x = f'' f''\n"
          + "x = f''\n"
          + "x = f'{x}' f''\n",
      "x = f'{ x , y }'\n"
          + "x = f'{a for a in b}'\n"
          + "x = f'{(lambda: 1)()}'\n"
          + "x = f'{\"a\" if x else \"b\"}'\n"
          + "x = f'{x!r:^{w}}'\n",
      "x = f'\\N{DIGIT ONE}{x}'\n"
          + "x = f'{名字}好'\n"
          + "x = f'{x:{y}}'\n"
          + "x = f'{x:>{width}}' if x else ''\n",
      "def f():\n    x = f'{yield}'\n",
      "match x:\n"
          + "    case 1 | 2 | 3:\n"
          + "        pass\n"
          + "    case 'a' 'b':\n"
          + "        pass\n"
          + "    case -1.5 | 1+2j | -3-4j:\n"
          + "        pass\n"
          + "    case None | True | False:\n"
          + "        pass\n"
          + "    case [a, *rest]:\n"
          + "        pass\n"
          + "    case (a, b, *_):\n"
          + "        pass\n"
          + "    case {'k': v, 1: w, **kw}:\n"
          + "        pass\n"
          + "    case Point(x=0, y=0) | Point(1, 2):\n"
          + "        pass\n"
          + "    case a.b.C(d, e=f):\n"
          + "        pass\n"
          + "    case str() as s if s:\n"
          + "        pass\n"
          + "    case (x):\n"
          + "        pass\n"
          + "    case ():\n"
          + "        pass\n"
          + "    case []:\n"
          + "        pass\n"
          + "    case {}:\n"
          + "        pass\n"
          + "    case _:\n"
          + "        pass\n",
      "match a, *b:\n    case x, y:\n        pass\n    case [x, y, *z] if z:\n        pass\n",
      "match = 3\n"
          + "match.x = 1\n"
          + "match[1]\n"
          + "match(1)\n"
          + "case = 2\n"
          + "_ = 3\n"
          + "print(match, case, _)\n"
          + "match: int = 4\n",
      "match(x):\n"
          + "    case 1: pass\n"
          + "match -x:\n"
          + "    case 1: pass\n"
          + "match [a, b]:\n"
          + "    case [1, 2]: pass\n"
          + "match {1: 2}:\n"
          + "    case {1: x}: pass\n",
      "match x:\n"
          + "    case {a.b: 1, None: 2, 'x': 3, -1: 4, 1+1j: 5}: pass\n"
          + "    case (1 | 2) as y: pass\n"
          + "    case [*_]: pass\n"
          + "    case A.B(): pass\n",
      "match command.split():\n"
          + "    case [action]:\n"
          + "        pass\n"
          + "    case [action, obj]:\n"
          + "        pass\n"
          + "    case (Point(x=0) as p) | (Point(y=0) as p):\n"
          + "        pass\n",
      "'''Doc.'''\nx = 1\n",
      "# comment only\n\n  # indented comment\nx = 1  # trailing\n",
      "if x:\n\n    # comment\n\n    y = 1\n  # oddly indented comment\n    z = 2\n",
      "x = (1 +\n     2)\ny = 1 + \\\n    2\n",
      "x = [\n    1,\n    2,\n]\n",
      "if True:\n\tx = 1\n\tif x:\n\t\ty = 2\n",
      "if x:\n    pass\n# comment at end",
      "x = 1",
      "if x:\n    y = 1",
      "",
      "\n\n",
      "# only comment\n",
      "if x: a; b; c\nwhile 1: pass\nglobal x; x = 1\n",
      "名字 = '中文'\nprint(名字)\nﬁ = 1\n",
      "x = " + "(".repeat(50) + "1" + ")".repeat(50) + "\n",
      "x = " + String.join(" + ", Collections.nCopies(300, "a")) + "\n",
      "x = [" + IntStream.range(0, 500).mapToObj(Integer::toString)
          .collect(Collectors.joining(", ")) + "]\n");
}
