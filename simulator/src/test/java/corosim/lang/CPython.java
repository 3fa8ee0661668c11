package corosim.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reference: python3 3.11 on this machine, dumping ASTs with {@code ast.dump}. A test
 * that needs it fails with a clear message when python3 is missing; it never skips silently.
 */
final class CPython {
  /** Decorated defs start at the '@' in our spans; CPython puts them at 'def'. */
  private static final String SCRIPT = String.join("\n",
      "import ast, sys",
      "positions = sys.argv[1] == '1'",
      "for path in sys.argv[2:]:",
      "    try:",
      "        tree = ast.parse(open(path, encoding='utf-8').read())",
      "    except Exception as e:",
      "        print('%s: %s' % (type(e).__name__, e))",
      "        continue",
      "    if positions:",
      "        for node in ast.walk(tree):",
      "            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))"
          + " and node.decorator_list:",
      "                node.lineno = node.decorator_list[0].lineno",
      "                node.col_offset = node.decorator_list[0].col_offset - 1",
      "    print(ast.dump(tree, include_attributes=positions))",
      "");

  private CPython() {}

  /** The stdlib of the reference interpreter, e.g. for its asyncio sources. */
  static Path stdlib() throws IOException, InterruptedException {
    return Path.of(run(List.of("python3", "-c",
        "import sysconfig; print(sysconfig.get_paths()['stdlib'])")).get(0));
  }

  /** One dump per file (or "SyntaxError: ...", any failure), by a single python3 process. */
  static List<String> dump(List<Path> files, boolean positions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", "-c", SCRIPT, positions ? "1" : "0"));
    files.forEach(f -> command.add(f.toString()));
    List<String> out = run(command);
    assertThat(out).as("one dump per file from python3").hasSize(files.size());
    return out.stream().map(s -> s.replace(", kind='u'", "")).toList();
  }

  private static List<String> run(List<String> command) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new AssertionError("python3 (CPython 3.11) is needed for the differential parser"
          + " tests but could not be started: " + e.getMessage(), e);
    }
    List<String> lines;
    try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
      lines = reader.lines().toList();
    }
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
    assertThat(process.exitValue()).as("python3 exit status; stderr: " + stderr).isZero();
    return lines;
  }

  /** Checks the interpreter is 3.11, whose grammar and ast format the parser follows. */
  static void requirePython311() throws IOException, InterruptedException {
    List<String> version = run(List.of("python3", "-c",
        "import sys; print('%d.%d' % sys.version_info[:2])"));
    assertThat(version).as("python3 must be CPython 3.11 for the differential tests")
        .containsExactly("3.11");
  }
}
