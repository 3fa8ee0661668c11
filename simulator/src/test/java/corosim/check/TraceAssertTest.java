package corosim.check;

import static corosim.check.TraceAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corosim.trace.Trace;
import org.junit.jupiter.api.Test;

/** TraceAssert passes what holds and says exactly what was seen when a check fails. */
class TraceAssertTest {
  private static final Trace CANCELS = Runs.run(Samples.CANCELS).trace();
  private static final Trace BLOCKING = Runs.run(Samples.BLOCKING).trace();

  @Test
  void passingChecks_chain() {
    assertThat(CANCELS)
        .endedNormally()
        .hasNoDeadlock()
        .hasNoPendingTasks()
        .keepsSimulatorInvariants()
        .isIdenticalTo(Runs.run(Samples.CANCELS).trace())
        .elapsed(1.0, 0)
        .elapsedAtMost(1.0)
        .maxReadyWaitAtMost(0)
        .hasNoSlowCallbacks()
        .timersLateAtMost(0);
    assertThat(CANCELS).task("worker-2").wasCancelled().finishedBefore("worker-1")
        .and().task("worker-1").finished().finishedAt(1.0).ranSteps(2).startedBefore("worker-2")
        .and().task("main").finished();
    assertThat(CANCELS).line("worker 1 done").printedBefore("main done").printedAt(1.0)
        .printedBy("worker-1")
        .and().lineMatching("^main").wasPrinted()
        .and().line("worker 2 done").wasNotPrinted();
    assertThat(AnalyzersTest.resources()).resource("Lock-1").isFifo()
        .and().resource("Queue-1").overtakesAtMost(3);
  }

  @Test
  void finishedBefore_saysWhenEachFinished() {
    assertThatThrownBy(() -> assertThat(CANCELS).task("worker-1").finishedBefore("worker-2"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("trace of gen: expected worker-1 work to finish before worker-2 work but it"
            + " finished at 1.000000, after worker-2 work at 0.500000");
  }

  @Test
  void outcomeAndUnknownNames_areReportedWithWhatExists() {
    assertThatThrownBy(() -> assertThat(CANCELS).task("worker-2").finished())
        .hasMessage("trace of gen: expected worker-2 work to end DONE but it ended CANCELLED");
    assertThatThrownBy(() -> assertThat(CANCELS).task("nobody"))
        .hasMessageStartingWith("trace of gen: has no task named 'nobody'; tasks: [Task-1 main,");
    assertThatThrownBy(() -> assertThat(CANCELS).task("work"))
        .hasMessageStartingWith("trace of gen: has 2 tasks running 'work'; name one of");
  }

  @Test
  void loopChecks_nameTheHandleOrTaskAtFault() {
    assertThatThrownBy(() -> assertThat(BLOCKING).maxReadyWaitAtMost(0.1))
        .hasMessage("trace of gen: expected every ready-wait to be at most 0.100000 but victim"
            + " victim was ready at 0.000000 and started at 0.300000");
    assertThatThrownBy(() -> assertThat(BLOCKING).hasNoSlowCallbacks())
        .hasMessage("trace of gen: expected no slow callback but 1 took >= 0.1 s, first blocker"
            + " blocker from 0.000000 to 0.300000");
    assertThatThrownBy(() -> assertThat(BLOCKING).timersLateAtMost(0.1))
        .hasMessage("trace of gen: expected timers late by at most 0.100000 but print() due at"
            + " 0.100000 ran at 0.300000");
    assertThatThrownBy(() -> assertThat(BLOCKING).elapsed(1, 1e-9))
        .hasMessage("trace of gen: expected elapsed 1.000000 (± 1.0E-9) but was 0.500000");
  }

  @Test
  void outputOrderAndFairness_explainTheFailure() {
    assertThatThrownBy(() -> assertThat(CANCELS).line("main done").printedBefore("worker 1 done"))
        .hasMessage("trace of gen: expected a line matching 'main done' before one matching"
            + " 'worker 1 done', but the first line matching 'worker 1 done' ('worker 1 done' at"
            + " 1.000000) came before the first matching 'main done' ('main done' at 1.000000)");
    assertThatThrownBy(() -> assertThat(AnalyzersTest.resources()).resource("Queue-1").isFifo())
        .hasMessage("trace of resources: expected at most 0 overtakes on Queue-1 but 3 happened;"
            + " first: C c got it at 3.000000 while A a, who asked earlier, waited");
  }

  @Test
  void deadlock_listsPendingTasks() {
    Trace t = Runs.run(Samples.DEADLOCK).trace();
    assertThat(t).deadlocked();
    assertThatThrownBy(() -> assertThat(t).hasNoDeadlock())
        .hasMessage("trace of gen: deadlocked at 0.000000; pending: Task-1 main (waiting on FUTURE)");
  }

  @Test
  void brokenInvariants_areListed() {
    corosim.trace.Recorder r = corosim.trace.Recorder.columnar();
    r.iteration(0, 0, 1, 1);
    r.callback(0, 0, "a", 2);
    Trace t = r.close("broken", 0, 0, corosim.trace.RunEnd.OK);
    assertThatThrownBy(() -> assertThat(t).keepsSimulatorInvariants())
        .hasMessage("trace of broken: broke 1 simulator invariant(s):\n  ready-fifo at event 1:"
            + " handle 2 (a) ran in the iteration it was queued in (its batch ended with handle 1)");
  }
}
