package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;

import org.junit.jupiter.api.Test;

/** typing: subscripted aliases print as in CPython; NamedTuple, TypedDict, Generic, Protocol. */
class TypingModuleTest {
  @Test
  void aliasesAndSpecialForms_printAsCPython() {
    sameAsCPython(
        "import typing as t",
        "print(repr(t.Optional[int]), repr(t.List[int]), repr(t.Dict[str, int]),",
        "      repr(t.Union[int, str]), repr(t.Callable[[int], str]), repr(t.Callable[..., int]),",
        "      repr(t.Tuple[int, ...]), repr(t.Any), repr(t.TypeVar('T')), repr(t.Literal['a', 1]),",
        "      repr(t.Awaitable[int]), repr(t.List), repr(t.Optional['Node']),",
        "      repr(t.Union[int, None]), repr(t.Union[int]), repr(t.Final[int]),",
        "      repr(t.ClassVar[int]), repr(t.Coroutine[t.Any, t.Any, int]),",
        "      repr(t.Dict[str, t.List[int]]), t.TYPE_CHECKING, t.cast(int, '5'))",
        "U = t.NewType('UserId', int); print(U, U(5))");
  }

  @Test
  void classForms_namedTupleTypedDictGenericProtocol_workAsCPython() {
    sameAsCPython(
        "import typing as t",
        "from typing import NamedTuple, TypedDict, Generic, TypeVar, Protocol, runtime_checkable",
        "class P(NamedTuple):",
        "    x: int",
        "    y: float = 0.0",
        "    def norm(self):",
        "        return self.x + self.y",
        "print(P(1), P(1, 2.5).norm(), P._fields, isinstance(P(1), tuple), P(3, 4)._replace(y=1),",
        "      P(1)._asdict(), P._field_defaults, P(*[5, 6]) == (5, 6))",
        "try:",
        "    class Q(NamedTuple):",
        "        a: int = 1",
        "        b: int",
        "except TypeError as e:",
        "    print(e)",
        "class M(TypedDict):",
        "    title: str",
        "    year: int",
        "m = M(title='x', year=1); print(m, type(m))",
        "T = TypeVar('T')",
        "class Box(Generic[T]):",
        "    def __init__(self, v):",
        "        self.v = v",
        "print(Box[int](3).v, Box(4).v)",
        "@runtime_checkable",
        "class Closer(Protocol):",
        "    def close(self) -> None: ...",
        "class F:",
        "    def close(self):",
        "        pass",
        "print(isinstance(F(), Closer), isinstance(5, Closer))");
  }
}
