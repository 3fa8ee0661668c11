package corosim.prop;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one property: first a replayed case if one is set, then generated cases until enough were
 * valid, one fails, or ten times as many were tried; then shrinks a failure and writes its replay
 * file. Case {@code i} of a run draws from a random stream derived from the seed and {@code i}
 * alone, so a seed names the same cases whatever the body does.
 *
 * <p>Invariant: {@code valid + rejected + overrun} is the number of cases run so far outside
 * shrinking, and {@code labelCounts} counts labels of the valid ones.
 */
final class Runner {
  /** Health check, as Hypothesis': this many rejected cases before ten valid ones is giving up. */
  static final int MAX_EARLY_REJECTS = 50;

  private final Settings settings;
  private final Property.Body<TestCase> body;
  private final boolean forAll;
  private int valid;
  private int rejected;
  private int overrun;
  private final Map<String, Integer> labelCounts = new TreeMap<>();

  /**
   * @param forAll whether the counterexample is the first top-level draw (a {@code forAll}
   *     value) rather than the list of all of them
   */
  Runner(Settings settings, Property.Body<TestCase> body, boolean forAll) {
    this.settings = settings;
    this.body = body;
    this.forAll = forAll;
  }

  Outcome run() {
    long started = System.nanoTime();
    Result failure = null;
    String replayedFrom = null;
    if (settings.replay() != null && !settings.replay().isBlank()) {
      Replay replay = Replay.parse(settings.replay());
      if (replay.appliesTo(settings.name())) {
        Result r = tally(execute(replay.choices(), null));
        if (r.status() == Status.INTERESTING) {
          failure = r;
          replayedFrom = replay.source();
        }
      }
    }
    long maxTries = 10L * settings.cases();
    for (int i = 0; failure == null && valid < settings.cases() && i < maxTries; i++) {
      Result r = tally(execute(new long[0], Rng.forCase(settings.seed(), i)));
      if (r.status() == Status.INTERESTING) {
        failure = r;
      } else if (valid < 10 && rejected + overrun >= MAX_EARLY_REJECTS) {
        return gaveUp(started);
      }
    }
    if (failure == null) {
      return valid == 0 && settings.cases() > 0 ? gaveUp(started) : passed(started);
    }
    return failed(failure, replayedFrom, started);
  }

  /** Runs the body on one case: {@code prefix} first, then {@code rng}, or zeros if it is null. */
  Result execute(long[] prefix, Rng rng) {
    TestCase tc = new TestCase(prefix, rng, settings.maxChoices());
    Throwable failure = null;
    try {
      body.accept(tc);
    } catch (StopTest decided) {
      // the case's status says how
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t;
      }
      if (tc.status() == null) { // else the body wrapped our StopTest: the case is decided
        if (isAborted(t)) {
          tc.finish(Status.INVALID);
        } else {
          failure = t;
        }
      }
    }
    tc.finish(failure != null ? Status.INTERESTING : Status.VALID);
    return Result.of(tc, failure);
  }

  /** JUnit's assumptions (assumeTrue) abort a test; inside a property they reject the case. */
  private static boolean isAborted(Throwable t) {
    return t.getClass().getName().equals("org.opentest4j.TestAbortedException");
  }

  private Result tally(Result r) {
    switch (r.status()) {
      case OVERRUN -> overrun++;
      case INVALID -> rejected++;
      case VALID, INTERESTING -> {
        valid++;
        for (String label : r.testCase().labels()) {
          labelCounts.merge(label, 1, Integer::sum);
        }
      }
    }
    return r;
  }

  private Outcome failed(Result found, String replayedFrom, long started) {
    Shrinker shrinker = new Shrinker(c -> execute(c, null), found, settings.maxShrinks());
    Result best = shrinker.shrink();
    Result again = execute(best.choices(), null);
    boolean flaky = !again.failsLike(found.origin());
    Result shown = flaky ? best : again;
    Path file = null;
    String fileProblem = null;
    try {
      file = Replay.write(settings.dir(), settings.name(), settings.seed(), shown.choices());
    } catch (UncheckedIOException e) {
      fileProblem = e.getMessage();
    }
    List<Object> drawn = shown.testCase().drawn();
    Object counterexample = forAll ? (drawn.isEmpty() ? null : drawn.get(0)) : new ArrayList<>(drawn);
    Outcome.Shrinking shrinking =
        new Outcome.Shrinking(
            shrinker.steps(),
            shrinker.runs(),
            shrinker.budgetHit(),
            found.choices().length,
            shown.choices().length);
    Report.Failure details =
        new Report.Failure(
            shown.testCase(), forAll, shown.failure(), flaky, replayedFrom, fileProblem, settings.maxShrinks());
    return outcome(
        Outcome.Verdict.FAILED,
        counterexample,
        shown.choices(),
        shrinking,
        shown.failure(),
        file,
        details,
        started);
  }

  private Outcome passed(long started) {
    return outcome(Outcome.Verdict.PASSED, null, new long[0], Outcome.Shrinking.NONE, null, null, null, started);
  }

  private Outcome gaveUp(long started) {
    return outcome(Outcome.Verdict.GAVE_UP, null, new long[0], Outcome.Shrinking.NONE, null, null, null, started);
  }

  private Outcome outcome(
      Outcome.Verdict verdict,
      Object counterexample,
      long[] choices,
      Outcome.Shrinking shrinking,
      Throwable failure,
      Path file,
      Report.Failure details,
      long started) {
    List<Long> boxed = new ArrayList<>(choices.length);
    for (long c : choices) {
      boxed.add(c);
    }
    Outcome draft =
        new Outcome(
            settings.name(),
            verdict,
            settings.seed(),
            valid,
            rejected,
            overrun,
            counterexample,
            boxed,
            shrinking,
            sortedLabels(),
            failure,
            file,
            "",
            Duration.ofNanos(System.nanoTime() - started));
    String report = Report.of(draft, settings, details);
    return new Outcome(
        draft.property(),
        verdict,
        draft.seed(),
        valid,
        rejected,
        overrun,
        counterexample,
        boxed,
        shrinking,
        draft.labels(),
        failure,
        file,
        report,
        draft.elapsed());
  }

  /** Most common first; ties in label order, so the report never depends on hash order. */
  private Map<String, Integer> sortedLabels() {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(labelCounts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
