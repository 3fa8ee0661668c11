package corosim.vm;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Classes as CPython builds and calls them, each program compared with CPython's output. */
class ClassesTest {
  @TestFactory
  Stream<DynamicTest> classes_behaveAsInCPython() {
    return Reference.agree(Reference.programs(
        "c3Order_andConflict", """
            class A: pass
            class B(A): pass
            class C(A): pass
            class D(B, C): pass
            print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
            try:
                class E(A, B): pass
            except TypeError as e:
                print(e)
            """,
        "cooperativeSuper_throughADiamond", """
            class Base:
                def __init__(self, **kw):
                    self.trail = ['Base']
            class Left(Base):
                def __init__(self, *, left=0, **kw):
                    super().__init__(**kw)
                    self.trail.append(f'Left{left}')
            class Right(Base):
                def __init__(self, *, right=0, **kw):
                    super().__init__(**kw)
                    self.trail.append(f'Right{right}')
            class Both(Left, Right):
                def __init__(self, **kw):
                    super().__init__(**kw)
                    self.trail.append('Both')
            print(Both(left=1, right=2).trail)
            """,
        "staticClassMethodsAndProperties", """
            class Temp:
                scale = 'C'
                def __init__(self, c): self._c = c
                @property
                def f(self): return self._c * 9 / 5 + 32
                @f.setter
                def f(self, v): self._c = (v - 32) * 5 / 9
                @staticmethod
                def valid(c): return c > -273.15
                @classmethod
                def freezing(cls): return cls(0)
            t = Temp.freezing()
            t.f = 212
            print(t._c, t.f, Temp.valid(-300), Temp.scale, t.scale, type(Temp.__dict__['f']).__name__)
            try:
                del t.f
            except AttributeError as e:
                print(e)
            """,
        "eqWithoutHash_isUnhashable", """
            class P:
                def __init__(self, x): self.x = x
                def __eq__(self, o): return isinstance(o, P) and o.x == self.x
            print(P(1) == P(1), P(1) != P(2), P.__hash__)
            try:
                {P(1)}
            except TypeError as e:
                print(e)
            class H(P):
                def __hash__(self): return hash(self.x)
            print(len({H(1), H(1), H(2)}))
            """,
        "initSubclass_withClassKeywords", """
            registry = {}
            class Plugin:
                def __init_subclass__(cls, /, key=None, **kw):
                    super().__init_subclass__(**kw)
                    registry[key or cls.__name__] = cls
            class A(Plugin, key='a'): pass
            class B(Plugin): pass
            print(sorted(registry))
            try:
                class C(Plugin, key='c', extra=1): pass
            except TypeError as e:
                print(e)
            """,
        "setName_andDataDescriptors", """
            class Positive:
                def __set_name__(self, owner, name): self.name = '_' + name
                def __get__(self, obj, owner=None):
                    return self if obj is None else getattr(obj, self.name)
                def __set__(self, obj, value):
                    if value <= 0: raise ValueError(f'{self.name[1:]} must be positive')
                    setattr(obj, self.name, value)
            class Order:
                qty = Positive()
                def __init__(self, q): self.qty = q
            o = Order(3)
            print(o.qty, vars(o), Order.qty.name)
            try:
                o.qty = 0
            except ValueError as e:
                print(e)
            """,
        "metaclass_newCallAndPrepare", """
            class Meta(type):
                @classmethod
                def __prepare__(mcs, name, bases, **kw):
                    print('prepare', name, kw)
                    return {'injected': 1}
                def __new__(mcs, name, bases, ns, **kw):
                    ns['tag'] = kw.get('tag', 'none')
                    return super().__new__(mcs, name, bases, ns)
                def __init__(cls, name, bases, ns, **kw):
                    super().__init__(name, bases, ns)
                def __call__(cls, *a):
                    print('call', cls.__name__, a)
                    return super().__call__(*a)
            class M(metaclass=Meta, tag='x'):
                def __init__(self, v): self.v = v
            class N(M): pass
            print(M.injected, M.tag, N.tag, M(1).v, type(N).__name__, isinstance(M, Meta))
            """,
        "singletonMetaclass", """
            class Singleton(type):
                _instances = {}
                def __call__(cls, *args, **kwargs):
                    if cls not in cls._instances:
                        cls._instances[cls] = super().__call__(*args, **kwargs)
                    return cls._instances[cls]
            class Db(metaclass=Singleton):
                def __init__(self): print('connect')
            print(Db() is Db(), len(Singleton._instances))
            """,
        "typeWithThreeArguments", """
            def hello(self): return f'hi from {type(self).__name__}'
            Dyn = type('Dyn', (object,), {'hello': hello, 'x': 5})
            print(Dyn().hello(), Dyn.x, Dyn.__name__, type(Dyn) is type)
            """,
        "classGetitem_andClassDecorators", """
            def tagged(cls):
                cls.tagged = True
                return cls
            @tagged
            class Box:
                def __class_getitem__(cls, item): return f'Box[{item.__name__}]'
            print(Box[int], Box.tagged)
            """,
        "getattrAndSetattr_hooks", """
            class Lazy:
                def __getattr__(self, name):
                    value = name * 2
                    setattr(self, name, value)
                    return value
            l = Lazy()
            print(l.ab, l.__dict__)
            class Audit:
                def __setattr__(self, name, value):
                    print('set', name, value)
                    super().__setattr__(name, value)
            a = Audit(); a.x = 1; print(a.x)
            """,
        "dictSubclass_overridesAndMissing", """
            class Defaults(dict):
                def __missing__(self, key): return f'<{key}>'
            class Lower(dict):
                def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
                def __getitem__(self, k): return super().__getitem__(k.lower())
            d = Defaults(a=1)
            l = Lower(); l['KEY'] = 2
            print(d['a'], d['zz'], d.get('zz'), l, l['Key'], isinstance(l, dict), type(l.copy()).__name__)
            print(d == {'a': 1}, len(l), list(l.items()))
            """,
        "listStrIntTupleSubclasses", """
            class Stack(list):
                def push(self, x): self.append(x)
            s = Stack([1]); s.push(2)
            print(s, s + [3], type(s + [3]).__name__, s[-1], len(s), bool(Stack()))
            class Name(str):
                def shout(self): return self.upper() + '!'
            n = Name('ada')
            print(n.shout(), n + 'x', type(n + 'x').__name__, n == 'ada', f'{n:>5}', repr(n), '-'.join([n, n]))
            class Code(int):
                def __str__(self): return f'#{int(self)}'
            c = Code(7)
            print(c, c + 1, c * 2, c < 10, [0, 1, 2, 3, 4, 5, 6, 7][c], f'{c:03d}', repr(c), hash(c) == hash(7))
            class Pair(tuple):
                def __new__(cls, a, b): return super().__new__(cls, (a, b))
                first = property(lambda self: self[0])
            p = Pair(1, 2)
            print(p, p.first, p == (1, 2), {p: 'x'}[(1, 2)], type(p[:1]).__name__)
            class Tags(set): pass
            t = Tags(['a']); t.add('b')
            print(sorted(t), 'a' in t, type(t | {'c'}).__name__, Tags(), len(t))
            """,
        "instanceCreationErrors", """
            class NoArgs: pass
            class OneArg:
                def __init__(self, a): self.a = a
            for f in (lambda: NoArgs(1), lambda: OneArg(), lambda: OneArg(1, 2), lambda: OneArg(b=1)):
                try:
                    f()
                except TypeError as e:
                    print(e)
            class BadInit:
                def __init__(self): return 5
            try:
                BadInit()
            except TypeError as e:
                print(e)
            """,
        "layoutConflict_andBoolBase", """
            for bases in [(dict, list), (int, str)]:
                try:
                    type('X', bases, {})
                except TypeError as e:
                    print(e)
            try:
                class B(bool): pass
            except TypeError as e:
                print(e)
            """,
        "annotations_collectedInModuleAndClassBodies", """
            x: int = 5
            y: 'Forward'
            class Point:
                \"\"\"A point.\"\"\"
                x: int
                y: float = 0.0
                tags: list[str] = []
                maybe: int | None = None
                if True:
                    z: dict[str, list[int]] = {}
                def method(self) -> None:
                    local: int = 3
                    return local
            print(__annotations__, Point.__annotations__, Point.y, Point().method(), Point.__doc__)
            print('x' in Point.__dict__, Point.__dict__['__annotations__']['maybe'])
            """,
        "genericAliasesAndUnions", """
            class Foo: pass
            print(list[int], dict[str, list[Foo]], tuple[int, ...], list[int](range(2)),
                  list[int].__origin__, list[int].__args__, list[int] == list[int])
            print(int | None, int | str | int, (int | None).__args__, isinstance(3, int | str),
                  list[int] | None, type(int | None).__name__)
            for bad in [lambda: str[int], lambda: Foo[int], lambda: isinstance([], list[int])]:
                try:
                    bad()
                except TypeError as e:
                    print(e)
            """,
        "enumLikeMetaclass_withAnIntMixin", """
            class EnumMeta(type):
                def __new__(mcs, name, bases, ns):
                    members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
                    cls = super().__new__(mcs, name, bases, ns)
                    cls._members = {}
                    for k, v in members.items():
                        m = int.__new__(cls, v) if int in cls.__mro__ else object.__new__(cls)
                        m.name, m.value = k, v
                        setattr(cls, k, m)
                        cls._members[k] = m
                    return cls
                def __iter__(cls): return iter(cls._members.values())
                def __len__(cls): return len(cls._members)
                def __getitem__(cls, name): return cls._members[name]
                def __contains__(cls, m): return m in cls._members.values()
                def __call__(cls, value):
                    for m in cls._members.values():
                        if m.value == value: return m
                    raise ValueError(f"{value!r} is not a valid {cls.__name__}")
            class Enum(metaclass=EnumMeta):
                def __repr__(self): return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
            class Color(Enum):
                RED = 1
                GREEN = 2
            class Level(int, Enum):
                LOW = 1
                HIGH = 5
            print(list(Color), len(Color), Color["RED"], Color(2), Color.RED in Color, Color.GREEN.name)
            print(Level.HIGH > Level.LOW, Level.HIGH + 1, Level(5), sorted([Level.HIGH, Level.LOW]), Level.LOW == 1)
            try:
                Color(9)
            except ValueError as e:
                print(e)
            """,
        "abstractBaseClasses", """
            from abc import ABC, ABCMeta, abstractmethod
            class Shape(ABC):
                @abstractmethod
                def area(self): ...
                @abstractmethod
                def perimeter(self): ...
                def describe(self): return f'{type(self).__name__} with area {self.area()}'
            class Sq(Shape):
                def __init__(self, s): self.s = s
                def area(self): return self.s ** 2
            for c in (Shape, Sq):
                try: c(2) if c is Sq else c()
                except TypeError as e: print(e)
            class Sq2(Sq):
                def perimeter(self): return 4 * self.s
            print(Sq2(3).describe(), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__, type(Shape).__name__, isinstance(Sq2(1), Shape))
            class P(ABC):
                @property
                @abstractmethod
                def name(self): ...
            try: P()
            except TypeError as e: print(e)
            print(Shape.area.__isabstractmethod__, ABC.__module__, ABCMeta)
            class Repo(metaclass=ABCMeta):
                @abstractmethod
                async def get(self, key): ...
            class Mem(Repo):
                async def get(self, key): return key
            """,
        "reflectedOperands_subclassFirst", """
            class V:
                def __init__(self, n): self.n = n
                def __add__(self, o): return f'V.add'
                def __radd__(self, o): return f'V.radd'
            class W(V):
                def __radd__(self, o): return f'W.radd'
            print(V(1) + W(2), 1 + V(1), V(1) + 1)
            class N:
                def __lt__(self, o): return 'N.lt'
                def __gt__(self, o): return 'N.gt'
            print(N() < 1, 1 < N(), N() > N())
            """));
  }
}
