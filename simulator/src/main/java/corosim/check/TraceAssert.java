package corosim.check;

import corosim.trace.RunEnd;
import corosim.trace.TaskInfo;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fluent checks of a {@link Trace} in the style of AssertJ, for Java tests and properties:
 *
 * <pre>{@code
 * assertThat(trace).endedNormally().keepsSimulatorInvariants().maxReadyWaitAtMost(0.1);
 * assertThat(trace).task("worker-1").finishedBefore("worker-2");
 * assertThat(trace).line("A done").printedBefore("B done");
 * assertThat(trace).resource("Lock-1").isFifo();
 * }</pre>
 *
 * A failed check throws {@link AssertionError} with the scenario's name and what was seen; it
 * needs no assertion library, so main code (scenario expectations) can use it too.
 */
public final class TraceAssert {
  private final Trace trace;

  private TraceAssert(Trace trace) {
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  public static TraceAssert assertThat(Trace trace) {
    return new TraceAssert(trace);
  }

  /** The trace under test. */
  public Trace trace() {
    return trace;
  }

  // ---- the run as a whole

  /** Every rule of {@link SimulatorInvariants} holds. */
  public TraceAssert keepsSimulatorInvariants() {
    List<Violation> violations = SimulatorInvariants.check(trace);
    if (!violations.isEmpty()) {
      StringBuilder sb = new StringBuilder("broke ").append(violations.size())
          .append(" simulator invariant(s):");
      for (Violation v : violations) {
        sb.append("\n  ").append(v);
      }
      fail(sb.toString());
    }
    return this;
  }

  /** The two traces are equal event for event (times bit for bit). */
  public TraceAssert isIdenticalTo(Trace other) {
    TraceDiff.first(trace, other).ifPresent(d -> fail("differs from the other trace: " + d));
    return this;
  }

  public TraceAssert endedNormally() {
    return endedWith(RunEnd.OK);
  }

  public TraceAssert deadlocked() {
    return endedWith(RunEnd.DEADLOCK);
  }

  public TraceAssert hasNoDeadlock() {
    if (trace.runEnd() == RunEnd.DEADLOCK) {
      fail("deadlocked at " + Times.format(trace.elapsed()) + "; pending: "
          + describe(DeadlockAnalyzer.analyze(trace).pendingUserTasks()));
    }
    return this;
  }

  public TraceAssert endedWith(RunEnd end) {
    if (trace.runEnd() != end) {
      fail("expected the run to end " + end + " but it ended " + trace.runEnd());
    }
    return this;
  }

  /** Every task ended (done, failed or cancelled); internal shutdown tasks included. */
  public TraceAssert hasNoPendingTasks() {
    List<PendingTask> pending = DeadlockAnalyzer.analyze(trace).pending();
    if (!pending.isEmpty()) {
      fail("expected every task to end, but pending: " + describe(pending));
    }
    return this;
  }

  /** The run's elapsed virtual time is {@code seconds}, within {@code tolerance}. */
  public TraceAssert elapsed(double seconds, double tolerance) {
    if (!(Math.abs(trace.elapsed() - seconds) <= tolerance)) {
      fail("expected elapsed " + Times.format(seconds) + " (± " + tolerance + ") but was "
          + Times.format(trace.elapsed()));
    }
    return this;
  }

  public TraceAssert elapsedAtMost(double seconds) {
    if (!(trace.elapsed() <= seconds)) {
      fail("expected elapsed at most " + Times.format(seconds) + " but was "
          + Times.format(trace.elapsed()));
    }
    return this;
  }

  /** No task waited longer than {@code seconds} between becoming ready and starting. */
  public TraceAssert maxReadyWaitAtMost(double seconds) {
    ReadyWait longest = ReadyWaitAnalyzer.analyze(trace).longest();
    if (longest != null && !(longest.duration() <= seconds)) {
      fail("expected every ready-wait to be at most " + Times.format(seconds) + " but "
          + longest.label() + " was ready at " + Times.format(longest.readyAt())
          + " and started at " + Times.format(longest.startedAt()));
    }
    return this;
  }

  /** No handle held the loop longer than {@code seconds}. */
  public TraceAssert maxBlockingAtMost(double seconds) {
    for (HandleRun r : BlockingAnalyzer.analyze(trace).blocking()) {
      if (!(r.duration() <= seconds)) {
        fail("expected no handle to block the loop longer than " + Times.format(seconds) + " but "
            + r.label() + " ran from " + Times.format(r.start()) + " to " + Times.format(r.end()));
      }
    }
    return this;
  }

  /** No handle took asyncio's slow-callback duration (100 ms) or longer. */
  public TraceAssert hasNoSlowCallbacks() {
    List<HandleRun> slow = BlockingAnalyzer.analyze(trace).slow();
    if (!slow.isEmpty()) {
      HandleRun r = slow.get(0);
      fail("expected no slow callback but " + slow.size() + " took >= 0.1 s, first " + r.label()
          + " from " + Times.format(r.start()) + " to " + Times.format(r.end()));
    }
    return this;
  }

  /** No timer ran more than {@code seconds} after its deadline. */
  public TraceAssert timersLateAtMost(double seconds) {
    for (TimerFiring f : TimerAnalyzer.analyze(trace).fired()) {
      if (!(f.lateness() <= seconds)) {
        fail("expected timers late by at most " + Times.format(seconds) + " but " + f.label()
            + " due at " + Times.format(f.deadline()) + " ran at " + Times.format(f.ranAt()));
      }
    }
    return this;
  }

  // ---- parts of the run

  /** Checks about the first printed line equal to {@code text}. */
  public LineAssert line(String text) {
    return new LineAssert(this, LinePattern.text(text));
  }

  /** Checks about the first printed line in which {@code regex} finds a match. */
  public LineAssert lineMatching(String regex) {
    return new LineAssert(this, LinePattern.regex(regex));
  }

  /**
   * Checks about one task, found by its name ({@code worker-1}, {@code Task-3}), its label
   * ({@code Task-3 worker}) or, if only one task runs it, its coroutine's name.
   */
  public TaskAssert task(String name) {
    return new TaskAssert(this, findTask(name));
  }

  /** Checks about one lock, semaphore, condition, event or queue, by its name. */
  public ResourceAssert resource(String name) {
    Optional<ResourceFairness> r = FairnessAnalyzer.analyze(trace).resource(name);
    if (r.isEmpty()) {
      List<String> names = trace.resources().stream().map(x -> x.name()).toList();
      fail("has no resource named '" + name + "'; resources: " + names);
    }
    return new ResourceAssert(this, r.get());
  }

  int findTask(String name) {
    for (TaskInfo t : trace.tasks()) {
      if (t.name().equals(name) || t.label().equals(name)) {
        return t.id();
      }
    }
    List<TaskInfo> byCoroutine = new ArrayList<>();
    for (TaskInfo t : trace.tasks()) {
      if (name.equals(t.coroutine())) {
        byCoroutine.add(t);
      }
    }
    if (byCoroutine.size() == 1) {
      return byCoroutine.get(0).id();
    }
    List<String> labels = trace.tasks().stream().map(TaskInfo::label).toList();
    fail(byCoroutine.isEmpty()
        ? "has no task named '" + name + "'; tasks: " + labels
        : "has " + byCoroutine.size() + " tasks running '" + name + "'; name one of " + labels);
    throw new AssertionError("unreachable");
  }

  /** Throws the AssertionError, the scenario's name leading the message. */
  void fail(String message) {
    throw new AssertionError("trace of " + trace.scenario() + ": " + message);
  }

  private static String describe(List<PendingTask> pending) {
    List<String> out = new ArrayList<>();
    for (PendingTask p : pending) {
      out.add(p.label() + (p.waiting() != null ? " (waiting on " + p.waiting().describe() + ")"
          : " (" + p.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"));
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }
}
