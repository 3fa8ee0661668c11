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
  private static final Map<String, String> PENDING = Map.ofEntries(
      Map.entry("executor/cpu_bound_two_workers.py", "issue 4: executor"),
      Map.entry("executor/job_raises.py", "issue 4: executor"),
      Map.entry("executor/named_single_worker_pool.py", "issue 4: executor"),
      Map.entry("executor/timeout_leaves_job_running.py", "issue 4: executor"),
      Map.entry("executor/to_thread_blocking_io.py", "issue 4: executor"),
      Map.entry("semantics/x10_wait_for_swallows_cancel.py", "issue 4: wait_for"),
      Map.entry("semantics/x12_taskgroup_abort.py", "issue 4: TaskGroup, except*"),
      Map.entry("semantics/x13_lock_fifo_handoff.py", "issue 4: Lock"),
      Map.entry("semantics/x14_queue_no_reservation.py", "issue 4: Queue"),
      Map.entry("semantics/x20_async_generator_finalizer.py", "issue 4: async generator finalisation"),
      Map.entry("semantics/x22_wait_for_timeout_iterations.py", "issue 4: Runner, wait_for, timeout"));

  @TestFactory
  Stream<DynamicTest> everyScenario_matchesItsExpectedOutputAndCPython() {
    Path root = Scenarios.root();
    return Scenarios.withExpectedOutput().stream().map(py -> {
      String name = root.relativize(py).toString().replace('\\', '/');
      return DynamicTest.dynamicTest(name, py.toUri(), () -> check(py, name));
    });
  }

  private static void check(Path py, String name) {
    String expected = Scenarios.read(Scenarios.expected(py));
    RunResult run = ScenarioRunner.capture(py, RunOptions.stamped());
    if (PENDING.containsKey(name)) {
      assertThat(run.stdout())
          .as("%s is listed as pending (%s) but now passes: remove it from PENDING", name,
              PENDING.get(name))
          .isNotEqualTo(expected);
      return;
    }
    assertThat(run.stdout()).as("corosim's stamped output of %s (stderr:%n%s)", name, run.stderr())
        .isEqualTo(expected);
    PythonReference.Result cpython = CPYTHON.runStamped(py);
    assertThat(run.stdout()).as("corosim vs CPython on %s", name).isEqualTo(cpython.stdout());
    if (Scenarios.deadlocks(expected)) {
      assertThat(run.exitCode()).isEqualTo(ExitCodes.DEADLOCK);
    } else {
      assertThat(run.exitCode()).as("exit code of %s", name).isEqualTo(cpython.exitCode());
    }
  }
}
