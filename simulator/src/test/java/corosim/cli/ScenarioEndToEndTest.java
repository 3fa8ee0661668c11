package corosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.harness.PythonReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario with an expected output runs through corosim exactly as {@code corosim run
 * --stamp} does, and the output must equal both the {@code .out} file and what CPython 3.11
 * prints on the reference virtual clock, stamp for stamp.
 */
class ScenarioEndToEndTest {
  private static final PythonReference CPYTHON = PythonReference.fromBuild();

  /**
   * Scenarios whose features belong to a later issue. Each must still differ today, so an entry
   * that starts passing fails here until it is removed from this list.
   */
  private static final Map<String, String> PENDING = Map.of(
      "semantics/x20_async_generator_finalizer.py", "issue 4: async generator finalisation",
      "semantics/x22_wait_for_timeout_iterations.py",
      "not planned: subclasses the event loop to count iterations");

  @TestFactory
  Stream<DynamicTest> everyScenario_matchesItsExpectedOutputStepsAndCPython() {
    Path root = Scenarios.root();
    return Scenarios.withExpectedOutput().stream().map(py -> {
      String name = root.relativize(py).toString().replace('\\', '/');
      return DynamicTest.dynamicTest(name, py.toUri(), () -> check(py, name));
    });
  }

  private static void check(Path py, String name) {
    String expected = Scenarios.read(Scenarios.expected(py));
    RunResult run = ScenarioRunner.capture(py, RunOptions.stamped().withSteps());
    if (PENDING.containsKey(name)) {
      assertThat(run.stdout())
          .as("%s is listed as pending (%s) but now passes: remove it from PENDING", name,
              PENDING.get(name))
          .isNotEqualTo(expected);
      return;
    }
    assertThat(run.stdout()).as("corosim's stamped output of %s (stderr:%n%s)", name, run.stderr())
        .isEqualTo(expected);
    assertThat(run.steps()).as("corosim's --steps of %s", name)
        .isEqualTo(Scenarios.read(Scenarios.steps(py)));
    PythonReference.Result cpython = CPYTHON.runStampedWithSteps(py);
    assertThat(run.stdout()).as("corosim vs CPython on %s", name).isEqualTo(cpython.stdout());
    assertThat(run.steps()).as("corosim vs CPython task steps on %s", name)
        .isEqualTo(cpython.steps());
    if (Scenarios.deadlocks(expected)) {
      assertThat(run.exitCode()).isEqualTo(ExitCodes.DEADLOCK);
    } else {
      assertThat(run.exitCode()).as("exit code of %s", name).isEqualTo(cpython.exitCode());
    }
  }
}
