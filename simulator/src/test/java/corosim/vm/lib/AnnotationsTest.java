package corosim.vm.lib;

import static corosim.vm.lib.LibRun.corosim;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Class and module annotations: evaluated into {@code __annotations__} as CPython 3.11 does,
 * and stored as their text under {@code from __future__ import annotations} (dataclasses and
 * NamedTuple read either).
 */
class AnnotationsTest {
  private static final String BODY = String.join("\n",
      "x: int = 1",
      "y: 'Node'",
      "class C:",
      "    a: int",
      "    b: list[str] = []",
      "    c: dict[str, list[int]]",
      "    d: Optional[int] = None",
      "    e: int | None",
      "    f: typing.ClassVar[int] = 0",
      "    g: Callable[[int, str], Awaitable[None]]",
      "    h: tuple[int, ...]",
      "    i: 'Forward'",
      "    j: Literal['a', 1, None, True]",
      "    if True:",
      "        k: float",
      "    self_ref: C.attr",
      "    def method(self):",
      "        local: int = 5",
      "        return local",
      "print(__annotations__)",
      "print(C.__annotations__)",
      "print(C.b, C.d, C().method(), 'a' in C.__dict__)",
      "");

  @Test
  void annotations_underFutureImport_areTheSourceTextCPythonStores() {
    String program = "from __future__ import annotations\n" + BODY;
    assertThat(corosim(program)).isEqualTo(LibRun.cpython(program));
  }

  @Test
  void annotations_withoutFutureImport_areEvaluated() {
    String program = String.join("\n",
        "import typing",
        "from typing import Optional, ClassVar",
        "x: int = 1",
        "class C:",
        "    a: int",
        "    b: list[str] = []",
        "    d: Optional[int] = None",
        "    e: int | None",
        "    f: ClassVar[int] = 0",
        "    g: 'Forward'",
        "print(__annotations__)",
        "print(C.__annotations__)",
        "");
    assertThat(corosim(program)).isEqualTo(LibRun.cpython(program));
  }

  @Test
  void classWithoutAnnotations_hasNoAnnotationsDict() {
    assertThat(corosim("class C:\n    a = 1\nprint('__annotations__' in C.__dict__)\n"))
        .isEqualTo("False\n");
  }
}
