package corosim.prop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a property found: its verdict, the numbers behind it and the report text. A
 * failing run carries the shrunk counterexample, its choice sequence, the failure it raised and
 * the replay file written for it. Everything but {@code elapsed} is a function of the seed (and
 * the replay setting), so two runs with one seed have equal reports.
 *
 * @param cases valid cases run, the failing one included
 * @param rejected cases rejected by a filter or an assumption
 * @param overrun cases that drew past the choice budget
 * @param counterexample the value of the shrunk case (a {@code forAll} body's argument, or the
 *     list of a test case's top-level draws); null unless failed
 * @param labels how many cases carried each label, most common first
 * @param replayFile where the counterexample's replay was written; null unless failed
 * @param report the text to show: a one-line summary if passed, the full report otherwise
 * @param elapsed wall-clock time of the run; printed, never part of the report
 */
public record Outcome(
    String property,
    Verdict verdict,
    long seed,
    int cases,
    int rejected,
    int overrun,
    Object counterexample,
    List<Long> choices,
    Shrinking shrinking,
    Map<String, Integer> labels,
    Throwable failure,
    Path replayFile,
    String report,
    Duration elapsed) {

  public enum Verdict {
    PASSED,
    FAILED,
    /** Too many cases were rejected or overran to say anything: the health check. */
    GAVE_UP
  }

  /**
   * How shrinking went: {@code steps} accepted simplifications, {@code runs} test runs spent,
   * whether the {@code corosim.prop.maxShrinks} budget stopped it, and the choice counts before
   * and after.
   */
  public record Shrinking(int steps, int runs, boolean budgetHit, int fromChoices, int toChoices) {
    static final Shrinking NONE = new Shrinking(0, 0, false, 0, 0);
  }

  public Outcome {
    choices = List.copyOf(choices);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  public boolean passed() {
    return verdict == Verdict.PASSED;
  }
}
