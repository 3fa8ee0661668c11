package corosim.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import corosim.trace.WaitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each analyzer reports on small scenarios whose schedule is known by heart. */
class AnalyzersTest {
  private static final Trace BLOCKING = Runs.run(Samples.BLOCKING).trace();
  private static final Trace CANCELS = Runs.run(Samples.CANCELS).trace();

  @Test
  void readyWait_isTheTimeATaskWaitedForTheLoop() {
    ReadyWaits waits = ReadyWaitAnalyzer.analyze(BLOCKING);
    assertThat(waits.longest().label()).isEqualTo("victim victim");
    assertThat(waits.longest().readyAt()).isEqualTo(0.0);
    assertThat(waits.longest().startedAt()).isEqualTo(0.3);
    assertThat(waits.max()).isEqualTo(0.3);
    Distribution victim = waits.perTask().get(2).waits();
    assertThat(victim.count()).isEqualTo(1);
    assertThat(victim.total()).isEqualTo(0.3);
    assertThat(waits.perTask().get(1).waits().max()).isZero(); // blocker ran at once
  }

  @Test
  void blocking_listsEveryHandleThatHeldTheLoop_andTheSlowOnes() {
    Blocking b = BlockingAnalyzer.analyze(BLOCKING);
    assertThat(b.blocking()).singleElement().satisfies(r -> {
      assertThat(r.label()).isEqualTo("blocker blocker");
      assertThat(r.start()).isEqualTo(0.0);
      assertThat(r.end()).isEqualTo(0.3);
    });
    assertThat(b.slow()).hasSize(1);
    assertThat(BlockingAnalyzer.analyze(BLOCKING, 0.5).slow()).isEmpty();
    LoopTotals t = b.totals();
    assertThat(t.busy()).isEqualTo(0.3);
    assertThat(t.blocked()).isEqualTo(0.3);
    assertThat(t.idle()).isCloseTo(0.2, within(1e-12));
    assertThat(t.elapsed()).isCloseTo(0.5, within(1e-12));
    assertThat(t.iterations()).isPositive();
  }

  @Test
  void timers_reportLatenessAgainstTheirDeadline() {
    Timers late = TimerAnalyzer.analyze(BLOCKING);
    TimerFiring timer = late.fired().stream().filter(f -> f.label().equals("print()")).findFirst()
        .orElseThrow();
    assertThat(timer.deadline()).isEqualTo(0.1);
    assertThat(timer.ranAt()).isEqualTo(0.3);
    assertThat(timer.lateness()).isCloseTo(0.2, within(1e-12));
    assertThat(timer.scheduledAt()).isZero();

    Timers t = TimerAnalyzer.analyze(Runs.run(Samples.TIMERS).trace());
    assertThat(t.fired()).extracting(TimerFiring::deadline).containsExactly(-5.0, 0.5, 0.5, 1.0);
    assertThat(t.maxLateness()).isEqualTo(5.0);
    assertThat(t.scheduled()).isEqualTo(4);
    assertThat(t.pending()).isZero();
  }

  @Test
  void output_findsLinesByTextOrRegex_inOrder() {
    Trace t = Runs.run(Samples.CANCELS).trace();
    assertThat(OutputAnalyzer.lines(t)).extracting(PrintedLine::text)
        .containsExactly("worker 1 done", "main done");
    OutputOrder order = OutputAnalyzer.order(t, LinePattern.regex("worker \\d"), LinePattern.text("main done"));
    assertThat(order.holds()).isTrue();
    OutputOrder reversed = OutputAnalyzer.order(t, LinePattern.text("main done"), LinePattern.regex("^worker"));
    assertThat(reversed.holds()).isFalse();
    assertThat(reversed.explanation()).isEqualTo("the first line matching /^worker/ ('worker 1 done'"
        + " at 1.000000) came before the first matching 'main done' ('main done' at 1.000000)");
    assertThat(OutputAnalyzer.order(t, LinePattern.text("nope"), LinePattern.text("main done"))
        .explanation()).isEqualTo("no line matching 'nope' was printed");
  }

  @Test
  void deadlock_listsThePendingTasksAndWhatTheyWaitOn() {
    Deadlock d = DeadlockAnalyzer.analyze(Runs.run(Samples.DEADLOCK).trace());
    assertThat(d.deadlocked()).isTrue();
    assertThat(d.pendingUserTasks()).singleElement().satisfies(p -> {
      assertThat(p.label()).isEqualTo("Task-1 main");
      assertThat(p.state()).isEqualTo(PendingTask.State.WAITING);
      assertThat(p.waiting().kind()).isEqualTo(WaitKind.FUTURE);
    });
    assertThat(DeadlockAnalyzer.analyze(BLOCKING).pending()).isEmpty();
  }

  @Test
  void taskStats_followEachTaskFromCreationToItsEnd() {
    RunStats stats = TaskStatsAnalyzer.analyze(CANCELS);
    TaskStats main = stats.tasks().get(0);
    assertThat(main.label()).isEqualTo("Task-1 main");
    assertThat(main.finished()).isEqualTo(1.0);
    assertThat(main.outcome()).isEqualTo(StepEnd.DONE);
    assertThat(TaskStatsAnalyzer.suspensions(CANCELS).get(0))
        .extracting(Wait::describe, Wait::from, Wait::to)
        .containsExactly(tuple("TIMER sleep(0.5)", 0.0, 0.5),
            tuple("TASK gather.<locals>._done_callback", 0.5, 1.0));
    assertThat(main.longestWait().describe()).isEqualTo("TIMER sleep(0.5)"); // the first of equals
    TaskStats w2 = stats.tasks().get(2);
    assertThat(w2.label()).isEqualTo("worker-2 work");
    assertThat(w2.outcome()).isEqualTo(StepEnd.CANCELLED);
    assertThat(w2.finished()).isEqualTo(0.5);
    assertThat(w2.steps()).isEqualTo(2);
    assertThat(w2.longestWait().describe()).isEqualTo("TIMER Task-1 main"); // main's cancel woke it
    TaskStats w1 = stats.tasks().get(1);
    assertThat(w1.longestWait().describe()).isEqualTo("TIMER sleep(1.0)");
    assertThat(w1.firstRun()).isZero();
    assertThat(stats.tasks()).filteredOn(TaskStats::internal).hasSize(2);
  }

  /** Lock-1 hands over FIFO; Queue-1 lets a later getter take the item (x14's schedule). */
  static Trace resources() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "A", "a", -1, false);
    int b = r.taskCreated(0, "B", "b", -1, false);
    int c = r.taskCreated(0, "C", "c", -1, false);
    int lock = r.resourceCreated(0, -1, WaitKind.LOCK, "Lock-1");
    int queue = r.resourceCreated(0, -1, WaitKind.QUEUE, "Queue-1");
    r.resourceRequested(a, lock, 0);
    r.resourceAcquired(a, lock, 0);
    r.resourceRequested(b, lock, 0);
    r.step(b, 0, 0, StepEnd.SUSPENDED, WaitKind.LOCK);
    r.resourceRequested(c, lock, 0);
    r.step(c, 0, 0, StepEnd.SUSPENDED, WaitKind.LOCK);
    r.resourceReleased(a, lock, 1);
    r.resourceWoken(b, lock, 1);
    r.resourceAcquired(b, lock, 1);
    r.resourceReleased(b, lock, 2);
    r.resourceWoken(c, lock, 2);
    r.resourceAcquired(c, lock, 2);
    r.resourceReleased(c, lock, 3);
    // queue: H1 = a, H2 = b wait; NEW = c asks later and takes x
    r.resourceRequested(a, queue, 3);
    r.step(a, 3, 3, StepEnd.SUSPENDED, WaitKind.QUEUE);
    r.resourceRequested(b, queue, 3);
    r.step(b, 3, 3, StepEnd.SUSPENDED, WaitKind.QUEUE);
    r.resourceRequested(c, queue, 3);
    r.resourceReleased(-1, queue, 3);
    r.resourceWoken(a, queue, 3);
    r.resourceAcquired(c, queue, 3);
    r.resourceRequested(a, queue, 3); // found it empty: waits again
    r.step(a, 3, 3, StepEnd.SUSPENDED, WaitKind.QUEUE);
    r.resourceReleased(-1, queue, 3);
    r.resourceWoken(b, queue, 3);
    r.resourceReleased(-1, queue, 3);
    r.resourceWoken(a, queue, 3);
    r.resourceAcquired(b, queue, 3);
    r.resourceAcquired(a, queue, 3);
    return r.close("resources", 0, 3, RunEnd.OK);
  }

  @Test
  void fairness_findsWhoWasOvertakenOnEachResource() {
    Fairness f = FairnessAnalyzer.analyze(resources());
    ResourceFairness lock = f.resource("Lock-1").orElseThrow();
    assertThat(lock.fifo()).isTrue();
    assertThat(lock.requests()).extracting(ResourceRequest::label).containsExactly("A a", "B b", "C c");
    assertThat(lock.requests()).extracting(ResourceRequest::waited).containsExactly(false, true, true);
    assertThat(lock.waiters()).isEqualTo(2);
    assertThat(lock.requests().get(2).waitTime()).isEqualTo(2.0);

    ResourceFairness queue = f.resource("Queue-1").orElseThrow();
    assertThat(queue.fifo()).isFalse();
    assertThat(queue.overtakes()).extracting(o -> o.overtakerLabel() + " over " + o.waiterLabel())
        .containsExactly("C c over A a", "C c over B b", "B b over A a");
    assertThat(queue.requests()).extracting(ResourceRequest::overtakenBy).containsExactly(2, 1, 0);
    assertThat(queue.maxOvertaken()).isEqualTo(2);
    // H1 went back to waiting behind H2, so the put of y woke H2 ahead of an earlier request
    assertThat(queue.wakeOrderViolations()).isEqualTo(1);
    assertThat(f.overtakes()).hasSize(3);
  }

  @Test
  void fairness_countsWakesOutOfRequestOrder() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "A", "a", -1, false);
    int b = r.taskCreated(0, "B", "b", -1, false);
    int s = r.resourceCreated(0, -1, WaitKind.SEMAPHORE, "Semaphore-1");
    r.resourceRequested(a, s, 0);
    r.resourceRequested(b, s, 0);
    r.resourceWoken(b, s, 1);
    r.resourceAcquired(b, s, 1);
    ResourceFairness f = FairnessAnalyzer.analyze(r.close("s", 0, 1, RunEnd.OK)).resources().get(0);
    assertThat(f.wakeOrderViolations()).isEqualTo(1);
    assertThat(f.requests()).extracting(ResourceRequest::outcome)
        .containsExactly(ResourceRequest.Outcome.PENDING, ResourceRequest.Outcome.ACQUIRED);
  }

  @Test
  void distribution_usesNearestRankPercentiles() {
    Distribution d = Distribution.of(new double[] {4, 1, 3, 2, 10, 5, 6, 7, 8, 9});
    assertThat(List.of(d.count(), d.total(), d.mean(), d.p50(), d.p90(), d.p99(), d.max()))
        .containsExactly(10, 55.0, 5.5, 5.0, 9.0, 10.0, 10.0);
    assertThat(Distribution.of(new double[0]).max()).isZero();
  }
}
