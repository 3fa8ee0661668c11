package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;

import org.junit.jupiter.api.Test;

/** collections: deque, defaultdict, Counter (most_common ties in first-seen order), namedtuple, OrderedDict, ChainMap and collections.abc, as CPython prints and raises them. */
class CollectionsModuleTest {
  @Test
  void allContainers_behaveAndPrintAsCPython() {
    sameAsCPython(
        "from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap",
        "d = deque([1,2,3], maxlen=3)",
        "for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d.remove(9), lambda: d.index(9), lambda: d.insert(0, 1), lambda: d[1:2], lambda: d + [1], lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: defaultdict(5), lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('x')]:",
        "    try: print(f())",
        "    except Exception as e: print(type(e).__name__, e)",
        "print(repr(deque()), repr(deque([1], maxlen=2)), d * 2, 2 * d, d == deque([1,2,3]), d == [1,2,3], deque([1,2]) < deque([1,3]))",
        "x = deque([1]); x.append(x); print(x)",
        "print(defaultdict(list), defaultdict(None, {1:2}), repr(defaultdict(int, a=1)))",
        "c = Counter('abracadabra'); print(c, c.most_common(2), list(c.elements()), Counter(), c['zz'])",
        "print(OrderedDict(a=1, b=2), OrderedDict(), c + Counter('aaz'), c - Counter('aaaaaaaaa'), -Counter(a=-1,b=2), +Counter(a=-1, b=2), c | Counter(z=3), c & Counter(a=2, b=9))",
        "import itertools",
        "print(itertools.count(5), itertools.count(2.5, 0.5), itertools.repeat('a', 3), itertools.repeat(1))",
        "dd = defaultdict(list); dd['x'].append(1); print(dd, dict(dd), dd.default_factory)",
        "q = deque(); q.append(1); q.appendleft(0); q.extend([2,3]); q.rotate(1); print(q, len(q), bool(deque()), q.popleft(), q.pop(), q, 2 in q, list(reversed(q)), q[0], q[-1])",
        "P = namedtuple('Point', 'x y')",
        "p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3,4]), isinstance(p, tuple), p == (1, 2), hash(p) == hash((1,2)))",
        "a, b = p; print(a, b, len(p), list(p), sorted([P(2,1), P(1,2)]))",
        "Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1]); print(Q(5), Q(5, 6), Q._field_defaults)",
        "try: P(1)",
        "except TypeError as e: print(e)",
        "try: P(1, 2, 3)",
        "except TypeError as e: print(e)",
        "class V(namedtuple('V', 'x y')):",
        "    def norm(self): return abs(self.x) + abs(self.y)",
        "    def __str__(self): return f'<{self.x},{self.y}>'",
        "v = V(-1, 2); print(v, repr(v), v.norm(), f'{v}', str(v))",
        "od = OrderedDict.fromkeys('abc'); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False))",
        "c = Counter(); c.update(['a', 'b', 'a']); c.subtract({'a': 5}); print(c, c.total(), sorted(c.items()))",
        "cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), list(cm), cm)",
        "print(Counter(a=3, b=1) == Counter(a=3, b=1), Counter('hello').most_common())",
        "w = Counter(); ",
        "for word in 'the cat the dog the end a cat'.split(): w[word] += 1",
        "print(w.most_common(3), w)",
        "from collections.abc import Mapping, Iterable, Sequence, Callable",
        "print(isinstance({}, Mapping), isinstance([], Iterable), isinstance('x', Sequence), isinstance(5, Iterable), isinstance(len, Callable), isinstance(c, Mapping), isinstance(d, Sequence))");
  }
}
