package corosim.check;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.cli.RunOptions;
import corosim.cli.RunResult;
import corosim.cli.ScenarioRunner;
import corosim.harness.PythonReference;
import corosim.prop.Property;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The differential property: generated programs print, stamp for stamp, what CPython 3.11 prints
 * on the reference virtual clock, run their task steps in the same order at the same times, and
 * end with the same exit code. Each case starts python3, so
 * this property tries {@value #DEFAULT_CASES} cases unless {@code -Dcorosim.diff.cases=N} asks
 * for more (or {@code -Dcorosim.prop.cases} for fewer).
 */
class CPythonAgreementProperties {
  static final int DEFAULT_CASES = 1000;
  private static final PythonReference CPYTHON = PythonReference.fromBuild();

  static int cases() {
    Integer explicit = Integer.getInteger("corosim.diff.cases");
    if (explicit != null) {
      return explicit;
    }
    Integer all = Integer.getInteger("corosim.prop.cases");
    return all != null ? Math.min(all, DEFAULT_CASES) : DEFAULT_CASES;
  }

  /**
   * Runs in two passes over the same seed: the first only collects the generated programs, which
   * CPython then runs in one batch; the second checks each against its batch result (a program
   * the batch did not see, such as a shrinking step, runs on its own).
   */
  @Test
  void generatedPrograms_printAndStepAsCPythonDoes() {
    Long fixed = Long.getLong("corosim.prop.seed");
    long seed = fixed != null ? fixed : ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
    int cases = cases();
    List<String> sources = new ArrayList<>();
    Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL)).seed(seed).cases(cases)
        .run(p -> sources.add(p.toString()));
    Map<String, PythonReference.Result> cpython = new HashMap<>(ReferenceBatch.run(CPYTHON, sources));
    SimulatorProperties.classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL)))
        .seed(seed)
        .cases(cases)
        .check(p -> {
          Path file = Runs.write(p.toString());
          RunResult ours = ScenarioRunner.capture(file, RunOptions.stamped().withSteps());
          PythonReference.Result theirs =
              cpython.computeIfAbsent(p.toString(), s -> CPYTHON.runStampedWithSteps(file));
          assertThat(ours.stdout()).as("stamped output (CPython's stderr:%n%s)", theirs.stderr())
              .isEqualTo(theirs.stdout());
          assertThat(ours.steps()).as("task steps").isEqualTo(theirs.steps());
          assertThat(ours.exitCode()).as("exit code").isEqualTo(theirs.exitCode());
        });
  }
}
