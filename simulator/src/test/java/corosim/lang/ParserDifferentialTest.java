package corosim.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our syntax tree against CPython 3.11's own: for every snippet of a corpus and every file of a
 * set of stdlib modules, our {@link AstDump} must equal {@code ast.dump(ast.parse(text))}, and
 * with positions equal {@code ast.dump(..., include_attributes=True)}. Needs python3 3.11 and
 * fails, not skips, without it.
 */
@Tag("cpython")
class ParserDifferentialTest {
  private static final List<String> STDLIB_MODULES = List.of("dataclasses.py", "enum.py",
      "functools.py", "collections/__init__.py", "textwrap.py", "random.py", "contextlib.py",
      "typing.py", "inspect.py", "argparse.py", "string.py", "traceback.py");

  @TempDir
  static Path temp;

  @BeforeAll
  static void requirePython() throws Exception {
    CPython.requirePython311();
  }

  @TestFactory
  Stream<DynamicTest> parse_snippetCorpus_dumpsAsCPython() throws Exception {
    return compare(snippetFiles(), false);
  }

  @TestFactory
  Stream<DynamicTest> parse_snippetCorpus_positionsAsCPython() throws Exception {
    return compare(snippetFiles(), true);
  }

  @TestFactory
  Stream<DynamicTest> parse_stdlibModules_dumpAsCPython() throws Exception {
    return compare(stdlibFiles(), false);
  }

  @TestFactory
  Stream<DynamicTest> parse_stdlibModules_positionsAsCPython() throws Exception {
    return compare(stdlibFiles(), true);
  }

  private static List<Path> stdlibFiles() throws Exception {
    Path lib = CPython.stdlib();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("asyncio", "json")) {
      try (Stream<Path> list = Files.list(lib.resolve(dir))) {
        list.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
      }
    }
    STDLIB_MODULES.forEach(m -> files.add(lib.resolve(m)));
    assertThat(files).as("stdlib files to compare").hasSizeGreaterThan(40);
    return files;
  }

  private static List<Path> snippetFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    List<String> snippets = ParserCorpus.SNIPPETS;
    for (int i = 0; i < snippets.size(); i++) {
      Path file = temp.resolve(String.format("snippet_%03d.py", i));
      Files.writeString(file, snippets.get(i));
      files.add(file);
    }
    return files;
  }

  private static Stream<DynamicTest> compare(List<Path> files, boolean positions)
      throws Exception {
    List<String> expected = CPython.dump(files, positions);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String want = expected.get(i);
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        String text = Files.readString(file);
        assertThat(want).as("CPython parses %s:%n%s", file, text).startsWith("Module(");
        Source source = new Source(file.toString(), text);
        ParseResult result = Parser.parse(source);
        assertThat(result.hasErrors()).as("errors in %s: %s", file, result.diagnostics())
            .isFalse();
        String got = positions
            ? AstDump.dumpWithPositions(result.module(), source)
            : AstDump.dump(result.module());
        assertSameDump(file + ":\n" + text, got, want);
      }));
    }
    return tests.stream();
  }

  /** Equal dumps, or a failure showing where they first differ. */
  private static void assertSameDump(String what, String got, String want) {
    if (got.equals(want)) {
      return;
    }
    int at = 0;
    while (at < got.length() && at < want.length() && got.charAt(at) == want.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 200);
    throw new AssertionError("dumps differ at " + at + " for " + what
        + "\n cpython: ..." + want.substring(from, Math.min(want.length(), at + 200))
        + "\n ours:    ..." + got.substring(from, Math.min(got.length(), at + 200)));
  }
}
