package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The small modules: heapq, bisect, operator, copy, string, logging, uuid, hashlib, io,
 * traceback, inspect, abc, types, keyword, against CPython.
 */
class SmallModulesTest {
  @Test
  void heapqAndBisect_compareAndOrderAsCPython() {
    sameAsCPython(
        "import heapq, bisect, random",
        "r = random.Random(4)",
        "h = []",
        "for _ in range(30):",
        "    heapq.heappush(h, (r.randint(0, 9), r.randint(0, 99)))",
        "print(h[:8], [heapq.heappop(h) for _ in range(10)], heapq.heappushpop(h, (0, 0)),",
        "      heapq.heapreplace(h, (5, 5)), len(h))",
        "data = [r.random() for _ in range(20)]",
        "heapq.heapify(data); print(data[:5])",
        "print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, ['a', 'ccc', 'bb'], key=len),",
        "      list(heapq.merge([1, 4, 7], [2, 5, 8], [3])), list(heapq.merge('ace', 'bd', reverse=False)))",
        "try:",
        "    heapq.heappop([])",
        "except IndexError as e:",
        "    print(e)",
        "a = [1, 2, 4, 4, 8]",
        "print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect(a, 9, 1, 3))",
        "bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)",
        "rows = [('a', 1), ('b', 3), ('c', 7)]",
        "print(bisect.bisect(rows, 4, key=lambda r: r[1]))");
  }

  @Test
  void operatorAndCopy_equalCPython() {
    sameAsCPython(
        "import operator, copy",
        "from operator import itemgetter, attrgetter, methodcaller",
        "print(operator.add(1, 2), operator.mul('ab', 2), operator.neg(5), operator.not_(0),",
        "      operator.truediv(7, 2), operator.floordiv(7, 2), operator.index(5), operator.contains([1], 1),",
        "      operator.itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}))",
        "class P:",
        "    def __init__(self):",
        "        self.name = 'p'",
        "        self.child = None",
        "p = P(); p.child = P(); p.child.name = 'c'",
        "print(attrgetter('name')(p), attrgetter('child.name', 'name')(p), methodcaller('upper')('x'),",
        "      methodcaller('split', ',', maxsplit=1)('a,b,c'), repr(itemgetter(1, 'x')),",
        "      repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))",
        "print(sorted([('b', 2), ('a', 2), ('c', 1)], key=itemgetter(1, 0)))",
        "orig = {'a': [1, [2, 3]], 'b': (4, [5])}",
        "sh = copy.copy(orig); dp = copy.deepcopy(orig)",
        "orig['a'][1].append(9)",
        "print(sh['a'][1], dp['a'][1], sh is orig, dp == {'a': [1, [2, 3]], 'b': (4, [5])})",
        "q = copy.deepcopy(p); q.child.name = 'changed'; print(p.child.name, q.child.name, type(q).__name__)",
        "x = [1]; x.append(x); y = copy.deepcopy(x); print(y[1] is y, y[0])");
  }

  @Test
  void stringLoggingUuidHashlibIo_equalCPython() {
    sameAsCPython(
        "import logging, string, uuid, hashlib, io, sys, traceback, inspect",
        "print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation,",
        "      repr(string.whitespace), string.capwords(' hello  big world '),",
        "      string.capwords('a-b c-d', '-'))",
        "from string import Template",
        "for t, m in [('$who likes $what', dict(who='tim', what='kung pao')), ('${a}x $$ $b', dict(a=1, b=2)),",
        "             ('cost: $5', {}), ('line1\\n  $ bad', {}), ('${a', dict(a=1)), ('$a$', dict(a=1))]:",
        "    try:",
        "        print(Template(t).substitute(m))",
        "    except (ValueError, KeyError) as e:",
        "        print(type(e).__name__, e)",
        "    print(Template(t).safe_substitute(m), Template(t).is_valid(), Template(t).get_identifiers())",
        "log = logging.getLogger('app.db')",
        "log.setLevel(logging.DEBUG)",
        "h = logging.StreamHandler(sys.stdout)",
        "h.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))",
        "log.addHandler(h)",
        "log.debug('debug %s', 1); log.info('info %s', {'a': 1}); log.warning('warn %d%%', 50)",
        "logging.getLogger('app').error('parent error (not shown: no handler on app)')",
        "h.setFormatter(logging.Formatter('{levelname}|{name}|{message}', style='{'))",
        "log.error('brace style')",
        "log.propagate = False; log.setLevel(logging.ERROR); log.warning('filtered')",
        "print(logging.getLevelName(20), logging.getLevelName('WARNING'), logging.getLevelName(5),",
        "      log.getEffectiveLevel(), log.parent.name, logging.getLogger().level,",
        "      logging.getLogger('app.db') is log, log.isEnabledFor(logging.ERROR))",
        "u = uuid.UUID('12345678-1234-5678-1234-567812345678')",
        "print(u, repr(u), u.hex, u.int, u.version, u.urn, u.variant, u.fields, u == uuid.UUID(int=u.int))",
        "print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'),",
        "      uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u)",
        "print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5('hi'.encode()).hexdigest(),",
        "      hashlib.new('sha1', b'x').hexdigest(), hashlib.sha256(b'abc').digest_size,",
        "      hashlib.sha512(b'').hexdigest()[:16], hashlib.sha256().name)",
        "try:",
        "    hashlib.sha256('str')",
        "except TypeError as e:",
        "    print(e)",
        "buf = io.StringIO(); buf.write('a\\nb\\n'); print('line', file=buf)",
        "print(repr(buf.getvalue())); buf.seek(0); print(repr(buf.readline()), repr(buf.read()))",
        "try:",
        "    {}['k']",
        "except KeyError:",
        "    print(traceback.format_exc().splitlines()[-1])",
        "async def co():",
        "    pass",
        "def gen():",
        "    yield 1",
        "print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(gen),",
        "      inspect.isgeneratorfunction(gen), inspect.isclass(int), inspect.isfunction(gen))");
  }

  @Test
  void uuid4_isDeterministicPerSeed_andVersion4() {
    String program = "import uuid\nu = uuid.uuid4()\nprint(u, u.version, u.variant)\n";
    String first = LibRun.corosim(program, 7);
    assertThat(first).isEqualTo(LibRun.corosim(program, 7))
        .isNotEqualTo(LibRun.corosim(program, 8))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} 4 "
            + "specified in RFC 4122\n");
  }

  @Test
  void abcTypesKeyword_equalCPython() {
    sameAsCPython(
        "from abc import ABC, abstractmethod",
        "import types, keyword",
        "class B(ABC):",
        "    @abstractmethod",
        "    def run(self): ...",
        "    @abstractmethod",
        "    def stop(self): ...",
        "class C(B):",
        "    def run(self):",
        "        return 'running'",
        "class D(C):",
        "    def stop(self):",
        "        return 'stopped'",
        "for cls in (B, C):",
        "    try:",
        "        cls()",
        "    except TypeError as e:",
        "        print(e)",
        "print(D().run(), D().stop(), isinstance(D(), B))",
        "ns = types.SimpleNamespace(a=1, b='x'); ns.c = [2]",
        "print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]))",
        "print(keyword.iskeyword('async'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),",
        "      len(keyword.kwlist))",
        "print(type(len) is types.BuiltinFunctionType, type(lambda: 1) is types.FunctionType)");
  }
}
