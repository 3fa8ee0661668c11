package corosim.check;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import corosim.trace.WaitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link SimulatorInvariants} holds on real runs and catches a trace that breaks it
 * (traces built by hand, recorded in the order the loop would record them).
 */
class SimulatorInvariantsTest {
  private static List<String> rules(Trace t) {
    return SimulatorInvariants.check(t).stream().map(Violation::rule).distinct().toList();
  }

  @Test
  void realRuns_keepEveryRule() {
    for (String source : List.of(Samples.BLOCKING, Samples.TIMERS, Samples.CANCELS)) {
      assertThat(SimulatorInvariants.check(Runs.run(source).trace())).isEmpty();
    }
  }

  /** main queues worker (handle 1 at creation); iteration 1 runs main then worker. */
  private static Recorder twoSteps() {
    Recorder r = Recorder.columnar();
    int main = r.taskCreated(0, "Task-1", "main", -1, false);
    r.taskReady(main, 0, 1);
    r.iteration(0, 0, 1, 1);
    int w = r.taskCreated(0, "Task-2", "worker", main, false);
    r.taskReady(w, 0, 2);
    r.step(main, 0, 0, StepEnd.SUSPENDED, WaitKind.TASK, 1);
    return r;
  }

  @Test
  void wellFormedHandBuiltTrace_keepsEveryRule() {
    Recorder r = twoSteps();
    r.iteration(0, 0, 1, 2);
    r.taskDone(1, 0, StepEnd.DONE);
    r.step(1, 0, 0, StepEnd.DONE, WaitKind.NONE, 2);
    assertThat(SimulatorInvariants.check(r.close("ok", 0, 0, RunEnd.OK))).isEmpty();
  }

  @Test
  void timeGoingBackwards_breaksTime() {
    Recorder r = twoSteps();
    r.iteration(0, 0, 1, 2);
    r.line(1, 1, "late");
    r.taskDone(1, 0.5, StepEnd.DONE);
    r.step(1, 0, 1, StepEnd.DONE, WaitKind.NONE, 2);
    assertThat(rules(r.close("t", 0, 1, RunEnd.OK))).contains(SimulatorInvariants.TIME);
  }

  @Test
  void stepNeverQueued_breaksReadyBeforeStep() {
    Recorder r = Recorder.columnar();
    int main = r.taskCreated(0, "Task-1", "main", -1, false);
    r.iteration(0, 0, 1, 1);
    r.step(main, 0, 0, StepEnd.SUSPENDED, WaitKind.TIMER, 1);
    assertThat(rules(r.close("t", 0, 0, RunEnd.OK))).contains(SimulatorInvariants.READY_BEFORE_STEP);
  }

  @Test
  void secondStepQueued_breaksOneStep() {
    Recorder r = twoSteps();
    r.taskReady(1, 0, 3);
    assertThat(rules(r.close("t", 0, 0, RunEnd.OK))).contains(SimulatorInvariants.ONE_STEP);
  }

  @Test
  void overlappingHandles_breakOneHandle() {
    Recorder r = Recorder.columnar();
    r.iteration(0, 0, 2, 2);
    r.callback(0, 1, "a", 1);
    r.callback(0.5, 1, "b", 2);
    assertThat(rules(r.close("t", 0, 1, RunEnd.OK))).contains(SimulatorInvariants.ONE_HANDLE);
  }

  @Test
  void handlesOutOfQueueOrder_orQueuedDuringTheBatch_breakReadyFifo() {
    Recorder r = Recorder.columnar();
    r.callbackReady(0, "a", 1);
    r.callbackReady(0, "b", 2);
    r.iteration(0, 0, 2, 2);
    r.callback(0, 0, "b", 2);
    r.callback(0, 0, "a", 1);
    assertThat(rules(r.close("t", 0, 0, RunEnd.OK))).containsExactly(SimulatorInvariants.READY_FIFO);

    Recorder s = Recorder.columnar();
    s.callbackReady(0, "a", 1);
    s.iteration(0, 0, 1, 1);
    s.callbackReady(0, "b", 2);
    s.callback(0, 0, "b", 2);
    assertThat(rules(s.close("t", 0, 0, RunEnd.OK))).containsExactly(SimulatorInvariants.READY_FIFO);
  }

  @Test
  void batchRunningFewerHandlesThanQueued_breaksReadyFifo() {
    Recorder r = Recorder.columnar();
    r.callbackReady(0, "a", 1);
    r.callbackReady(0, "b", 2);
    r.iteration(0, 0, 2, 2);
    r.callback(0, 0, "a", 1);
    r.iteration(0, 0, 0, 0); // b was lost
    r.iteration(0, 0, 0, 0);
    assertThat(rules(r.close("t", 0, 0, RunEnd.OK))).containsExactly(SimulatorInvariants.READY_FIFO);
  }

  @Test
  void timerOutOfDeadlineOrder_breaksTimerOrder() {
    Recorder r = Recorder.columnar();
    r.timerScheduled(2, 0, "late", 1);
    r.timerScheduled(1, 0, "early", 2);
    r.iteration(0, 1, 1, 1); // the clock jumps to 1: only "early" is due
    r.timerFired(2, 1, "late", 1);
    r.callback(1, 1, "late", 1);
    assertThat(rules(r.close("t", 0, 1, RunEnd.OK))).containsExactly(SimulatorInvariants.TIMER_ORDER);
  }

  @Test
  void equalDeadlines_mustFireInSequenceOrder() {
    Recorder r = Recorder.columnar();
    r.timerScheduled(1, 0, "first", 1);
    r.timerScheduled(1, 0, "second", 2);
    r.iteration(0, 1, 2, 2);
    r.timerFired(1, 1, "second", 2);
    r.callback(1, 1, "second", 1);
    r.timerFired(1, 1, "first", 1);
    r.callback(1, 1, "first", 2);
    assertThat(rules(r.close("t", 0, 1, RunEnd.OK))).contains(SimulatorInvariants.TIMER_ORDER);
  }

  @Test
  void idleClockJumpingPastTheFirstDeadline_breaksTimerOrder() {
    Recorder r = Recorder.columnar();
    r.timerScheduled(1, 0, "a", 1);
    r.iteration(0, 2, 1, 1);
    r.timerFired(1, 2, "a", 1);
    r.callback(2, 2, "a", 1);
    assertThat(rules(r.close("t", 0, 2, RunEnd.OK))).containsExactly(SimulatorInvariants.TIMER_ORDER);
  }

  @Test
  void dueTimerLeftForALaterIteration_breaksTimerOrder() {
    Recorder r = Recorder.columnar();
    r.timerScheduled(1, 0, "a", 1);
    r.timerScheduled(1, 0, "b", 2);
    r.iteration(0, 1, 1, 1);
    r.timerFired(1, 1, "a", 1);
    r.callback(1, 1, "a", 1);
    r.iteration(1, 1, 1, 2);
    r.timerFired(1, 1, "b", 2);
    r.callback(1, 1, "b", 2);
    assertThat(rules(r.close("t", 0, 1, RunEnd.OK))).containsExactly(SimulatorInvariants.TIMER_ORDER);
  }

  @Test
  void stepAfterTheTaskEnded_breaksTaskLife() {
    Recorder r = twoSteps();
    r.iteration(0, 0, 1, 2);
    r.taskDone(1, 0, StepEnd.DONE);
    r.step(1, 0, 0, StepEnd.DONE, WaitKind.NONE, 2);
    r.taskReady(1, 0, 3);
    r.iteration(0, 0, 1, 3);
    r.step(1, 0, 0, StepEnd.DONE, WaitKind.NONE, 3);
    assertThat(rules(r.close("t", 0, 0, RunEnd.OK))).containsExactly(SimulatorInvariants.TASK_LIFE);
  }

  @Test
  void finishingStepWithoutATaskEnd_breaksTaskLife() {
    Recorder r = twoSteps();
    r.iteration(0, 0, 1, 2);
    r.step(1, 0, 0, StepEnd.CANCELLED, WaitKind.NONE, 2);
    assertThat(rules(r.close("t", 0, 0, RunEnd.OK))).containsExactly(SimulatorInvariants.TASK_LIFE);
  }
}
