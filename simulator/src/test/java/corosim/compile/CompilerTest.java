package corosim.compile;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.lang.DiagnosticRenderer;
import corosim.lang.ParseResult;
import corosim.lang.Parser;
import corosim.lang.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompilerTest {
  private static CompileResult compile(String text) {
    Source source = new Source("t.py", text);
    ParseResult parsed = Parser.parse(source);
    assertThat(parsed.diagnostics()).as("parse").isEmpty();
    return Compiler.compile(parsed.module(), "t.py");
  }

  private static String errors(String text) {
    Source source = new Source("t.py", text);
    CompileResult r = compile(text);
    assertThat(r.ok()).isFalse();
    return r.diagnostics().stream().map(d -> DiagnosticRenderer.render(source, d))
        .collect(Collectors.joining());
  }

  @Test
  void awaitOutsideAsyncFunction_isAnErrorWithAHint() {
    assertThat(errors("import asyncio\ndef f():\n    await asyncio.sleep(1)\n"))
        .isEqualTo("""
            t.py:3:5: error: 'await' outside async function
                    await asyncio.sleep(1)
                    ^~~~~~~~~~~~~~~~~~~~~~
            hint: define the function with 'async def' to use 'await' in it
            """);
  }

  @Test
  void returnOutsideFunction_andBreakOutsideLoop_areErrors() {
    assertThat(errors("return 1\n")).startsWith("t.py:1:1: error: 'return' outside function");
    assertThat(errors("break\n")).startsWith("t.py:1:1: error: 'break' outside loop");
  }

  @Test
  void nonlocalWithoutBinding_isAnError() {
    assertThat(errors("def f():\n    nonlocal x\n    x = 1\n"))
        .contains("error: no binding for nonlocal 'x' found");
  }

  @Test
  void irrefutableCaseBeforeOthers_isAnError_asInCPython() {
    assertThat(errors("match 1:\n    case x:\n        pass\n    case 2:\n        pass\n"))
        .startsWith("t.py:2:10: error: name capture 'x' makes remaining patterns unreachable");
    assertThat(errors("match 1:\n    case _:\n        pass\n    case 2:\n        pass\n"))
        .startsWith("t.py:2:10: error: wildcard makes remaining patterns unreachable");
  }

  @Test
  void patternErrors_namesAndAlternatives() {
    assertThat(errors("match 1:\n    case [a, a]:\n        pass\n"))
        .contains("error: multiple assignments to name 'a' in pattern");
    assertThat(errors("match 1:\n    case [a] | [b]:\n        pass\n"))
        .contains("error: alternative patterns bind different names");
  }

  @Test
  void breakInExceptStar_isAnError() {
    assertThat(errors("for i in x:\n    try:\n        pass\n    except* E:\n        break\n"))
        .startsWith("t.py:5:9: error: 'break', 'continue' and 'return' cannot appear in an"
            + " except* block");
  }

  @Test
  void deadCodeAfterReturn_insideAFinallyCopy_compiles() {
    assertThat(compile("def f():\n    try:\n        return True\n    finally:\n        while True:\n"
        + "            try:\n                break\n            except E:\n                x = 1\n").ok())
        .isTrue();
  }

  @Test
  void localsResolveToSlots_globalsAndBuiltinsByName() {
    CodeObject module = compile("x = 1\ndef f(a):\n    b = a + x\n    return len([b])\n").code();
    CodeObject f = (CodeObject) List.of(module.constants).stream()
        .filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
    assertThat(f.varNames).containsExactly("a", "b");
    assertThat(f.names).contains("x", "len");
    assertThat(opcodes(f)).contains(Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.LOAD_GLOBAL);
  }

  @Test
  void capturedVariables_becomeCellsOfTheOuterAndFreeVariablesOfTheInner() {
    CodeObject module = compile("def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n").code();
    CodeObject outer = (CodeObject) module.constants[List.of(module.constants).indexOf(
        List.of(module.constants).stream().filter(c -> c instanceof CodeObject).findFirst().orElseThrow())];
    CodeObject inner = (CodeObject) List.of(outer.constants).stream()
        .filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
    assertThat(outer.cellVars).containsExactly("n");
    assertThat(inner.freeVars).containsExactly("n");
    assertThat(opcodes(inner)).contains(Opcode.LOAD_DEREF);
  }

  @Test
  void awaitLowersToASendYieldLoop() {
    CodeObject module = compile("async def f(x):\n    return await x\n").code();
    CodeObject f = (CodeObject) List.of(module.constants).stream()
        .filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
    assertThat(f.is(CodeObject.COROUTINE)).isTrue();
    assertThat(opcodes(f)).containsSubsequence(
        Opcode.GET_AWAITABLE, Opcode.LOAD_CONST, Opcode.SEND, Opcode.YIELD_VALUE, Opcode.JUMP);
  }

  @Test
  void everyInstructionInATryBody_hasTheHandler_andTheHandlerDepthIsTheEntryDepth() {
    CodeObject module = compile("for i in range(3):\n    try:\n        f(i)\n    except E:\n        pass\n").code();
    int call = -1;
    for (int pc = 0; pc < module.code.length; pc++) {
      if (Opcode.of(module.code[pc]) == Opcode.CALL) {
        call = pc;
      }
    }
    int h = module.handlerOf[call];
    assertThat(h).isNotNegative();
    assertThat(module.handlerDepth[h]).as("the for loop's iterator stays below").isEqualTo(1);
  }

  /** A robustness check: CPython's own asyncio package compiles (only unsupported constructs may be reported). */
  @Test
  void cpythonsAsyncioSources_compileWithoutInternalErrors() throws IOException {
    Path dir = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio");
    if (!Files.isDirectory(dir)) {
      dir = findStdlibAsyncio();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path p : files) {
      Source source = new Source(p.toString(), Files.readString(p));
      ParseResult parsed = Parser.parse(source);
      assertThat(parsed.hasErrors()).as(p.toString()).isFalse();
      CompileResult r = Compiler.compile(parsed.module(), p.toString());
      assertThat(r.diagnostics()).as(p.toString())
          .allSatisfy(d -> assertThat(d.message()).containsAnyOf("not supported yet"));
    }
  }

  private static Path findStdlibAsyncio() throws IOException {
    Process p = new ProcessBuilder("python3", "-c",
        "import asyncio, os; print(os.path.dirname(asyncio.__file__))").start();
    return Path.of(new String(p.getInputStream().readAllBytes()).strip());
  }

  private static List<Opcode> opcodes(CodeObject c) {
    return java.util.Arrays.stream(c.code).mapToObj(Opcode::of).toList();
  }
}
