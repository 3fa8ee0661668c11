package corosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.harness.PythonReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagnostics users see, word for word. Each {@code scenarios/errors/KIND_NN_name.py} runs
 * as {@code corosim run --stamp scenarios/errors/KIND_NN_name.py} does from the repository root;
 * its stderr must equal the {@code .err} beside it, and its exit code the one of its kind
 * (syntax, compile and unknown_module: 65; runtime, recursion and budget: 1). The traceback of
 * a runtime error must also be CPython's: the same text as python3 prints, once the leading
 * {@code corosim:} line and asyncio's own frames (which are Java in corosim) are set aside.
 *
 * <p>To rewrite the {@code .err} files after a deliberate change, run the test with
 * {@code -Dcorosim.regenerateGoldens=true} and review the diff.
 */
class ErrorGoldenTest {
  private static final PythonReference CPYTHON = PythonReference.fromBuild();
  private static final Pattern FILE_LINE =
      Pattern.compile("^(\\s*(?:\\| )?)  File \"([^\"]+)\", line");
  private static final Pattern FRAME_DETAIL = Pattern.compile("^(\\s*(?:\\| )?)    ");

  @TestFactory
  Stream<DynamicTest> everyErrorScenario_printsItsGoldenStderr() {
    Path dir = Scenarios.root().resolve("errors");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(files).as("error scenarios").isNotEmpty();
    return files.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(),
        py.toUri(), () -> check(py)));
  }

  private static void check(Path py) throws IOException, InterruptedException {
    String name = py.getFileName().toString();
    String shown = "scenarios/errors/" + name;
    RunResult run = ScenarioRunner.capture(py, RunOptions.stamped());
    String stderr = run.stderr().replace(py.toString(), shown);
    Path golden = py.resolveSibling(name.replace(".py", ".err"));
    if (Boolean.getBoolean("corosim.regenerateGoldens")) {
      Files.writeString(golden, stderr, StandardCharsets.UTF_8);
    }
    assertThat(Files.isRegularFile(golden)).as("%s has its .err beside it", name).isTrue();
    assertThat(stderr).as("stderr of %s", shown).isEqualTo(Scenarios.read(golden));
    assertThat(run.exitCode()).as("exit code of %s", shown).isEqualTo(expectedExit(name));
    if (name.startsWith("runtime_") || name.startsWith("recursion_")) {
      String cpython = scenarioFramesOnly(cpythonStderr(py), py, shown);
      String ours = stderr.substring(stderr.indexOf('\n') + 1);
      assertThat(stderr).startsWith("corosim: uncaught ");
      assertThat(ours).as("traceback of %s vs CPython's", shown).isEqualTo(cpython);
    }
  }

  private static int expectedExit(String name) {
    if (name.startsWith("syntax_") || name.startsWith("compile_")
        || name.startsWith("unknown_module_")) {
      return ExitCodes.COMPILE_ERROR;
    }
    return ExitCodes.RAISED;
  }

  /**
   * CPython's stderr for the scenario: through the virtual-clock runner for asyncio programs,
   * directly for a recursion (the runner's own frames would change the depth it fails at).
   */
  private static String cpythonStderr(Path py) throws IOException, InterruptedException {
    if (!py.getFileName().toString().startsWith("recursion_")) {
      return CPYTHON.runPlain(py).stderr();
    }
    String python = System.getProperty("corosim.python", "python3");
    Process p = new ProcessBuilder(python, py.toString()).redirectOutput(
        ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return err;
  }

  /** The traceback with only the scenario's frames, its path shown as the user typed it. */
  static String scenarioFramesOnly(String traceback, Path py, String shown) {
    String absolute = py.toAbsolutePath().normalize().toString();
    List<String> out = new ArrayList<>();
    boolean skipping = false;
    for (String line : traceback.split("\n", -1)) {
      Matcher m = FILE_LINE.matcher(line);
      if (m.find()) {
        String file = m.group(2);
        skipping = !file.equals(absolute) && !file.equals(py.toString());
        if (!skipping) {
          out.add(line.replace("\"" + file + "\"", "\"" + shown + "\""));
        }
        continue;
      }
      if (skipping && FRAME_DETAIL.matcher(line).find()) {
        continue;
      }
      skipping = false;
      out.add(line);
    }
    return String.join("\n", out);
  }
}
