package corosim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves every expected output under {@code scenarios/} is CPython's truth: for each
 * {@code X.py} with an {@code X.out} beside it, the reference runner's stamped stdout
 * equals {@code X.out} byte for byte, the task steps it records ({@code --steps}) equal
 * {@code X.steps} byte for byte, and its exit code fits the file's last line
 * ({@code # elapsed} → 0 or 1, {@code # DEADLOCK} → 3).
 */
class ReferenceRunnerTest {

    private static final PythonReference REFERENCE = PythonReference.fromBuild();

    @Test
    void python_isCPython311() {
        assertThat(REFERENCE.version())
                .as("the expected outputs are CPython 3.11.7's; set -Dcorosim.python to a 3.11 interpreter")
                .startsWith("3.11.");
    }

    @Test
    void runnerSelfTest_passes() {
        Path folder = REFERENCE.runner().getParent();
        PythonReference.Result result = REFERENCE.run(List.of("-m", "unittest", "-q"), folder);
        assertThat(result.exitCode())
                .as("python3 -m unittest in %s:%n%s", folder, result.stderr())
                .isZero();
        assertThat(result.stderr()).as("unittest summary").containsPattern("Ran [1-9]\\d* tests").contains("\nOK");
    }

    @TestFactory
    Stream<DynamicTest> referenceRunner_printsEveryExpectedOutput() throws IOException {
        Path root = scenariosDir();
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(root)) {
            scenarios = files.filter(ReferenceRunnerTest::hasExpectedOutput).sorted().toList();
        }
        assertThat(scenarios).as("scenarios with a .out under %s", root).isNotEmpty();
        return scenarios.stream().map(py -> DynamicTest.dynamicTest(
                root.relativize(py).toString(), py.toUri(), () -> check(py)));
    }

    private static void check(Path py) throws IOException {
        String expected = Files.readString(expectedOutput(py), StandardCharsets.UTF_8);
        Path stepsFile = expectedSteps(py);
        assertThat(stepsFile).as("the expected task steps of %s", py).isRegularFile();
        String expectedSteps = Files.readString(stepsFile, StandardCharsets.UTF_8);
        PythonReference.Result result = REFERENCE.runStampedWithSteps(py);
        assertThat(result.stdout())
                .as("stamped stdout of %s (exit %d, stderr:%n%s)", py, result.exitCode(), result.stderr())
                .isEqualTo(expected);
        assertThat(result.steps())
                .as("task steps of %s (exit %d, stderr:%n%s)", py, result.exitCode(), result.stderr())
                .isEqualTo(expectedSteps);
        String last = lastLine(expected);
        if (last.startsWith("# DEADLOCK ")) {
            assertThat(result.exitCode()).as("exit code of %s, which deadlocks", py)
                    .isEqualTo(PythonReference.EXIT_DEADLOCK);
        } else if (last.startsWith("# elapsed ")) {
            assertThat(result.exitCode()).as("exit code of %s (stderr:%n%s)", py, result.stderr())
                    .isIn(0, 1);
        } else {
            fail("%s must end with '# elapsed t' or '# DEADLOCK t', found '%s'", expectedOutput(py), last);
        }
    }

    private static Path scenariosDir() {
        String property = System.getProperty("scenarios.dir");
        Path dir = property != null
                ? Path.of(property)
                : Path.of(System.getProperty("user.dir")).resolve("../scenarios");
        assertThat(dir).as("scenarios folder (system property scenarios.dir)").isDirectory();
        return dir.toAbsolutePath().normalize();
    }

    private static boolean hasExpectedOutput(Path file) {
        return file.getFileName().toString().endsWith(".py") && Files.isRegularFile(expectedOutput(file));
    }

    private static Path expectedOutput(Path py) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - ".py".length()) + ".out");
    }

    private static Path expectedSteps(Path py) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - ".py".length()) + ".steps");
    }

    private static String lastLine(String text) {
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }
}
