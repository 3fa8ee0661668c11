package corosim.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corosim.trace.EventKind;
import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import corosim.trace.WaitKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopTest {
  private final TestHost host = new TestHost();
  private final Recorder recorder = Recorder.columnar();
  private final Environment env = new Environment(recorder, host, Limits.DEFAULT);
  private final EventLoop loop = new EventLoop(env);
  private final List<String> log = new ArrayList<>();

  private Handle logs(String what) {
    return Handle.of(what, () -> log.add(what + "@" + loop.time()));
  }

  private TimerHandle timer(double when, String what) {
    return new TimerHandle(when, what, () -> log.add(what + "@" + loop.time()));
  }

  @Test
  void callSoon_runsHandlesInCallOrder_andWhatTheyScheduleNextIteration() {
    loop.callSoon(logs("a"));
    loop.callSoon(Handle.of("b", () -> {
      log.add("b");
      loop.callSoon(logs("c"));
    }));
    loop.runOnce();
    assertThat(log).containsExactly("a@0.0", "b");
    loop.runOnce();
    assertThat(log).containsExactly("a@0.0", "b", "c@0.0");
  }

  @Test
  void timersWithEqualDeadlines_fireInTheOrderTheyWereScheduled() {
    for (int i = 0; i < 10; i++) {
      loop.callAt(timer(1.0, "t" + i));
    }
    loop.runOnce();
    assertThat(log).containsExactly("t0@1.0", "t1@1.0", "t2@1.0", "t3@1.0", "t4@1.0", "t5@1.0",
        "t6@1.0", "t7@1.0", "t8@1.0", "t9@1.0");
  }

  @Test
  void aDueTimer_runsAfterHandlesAlreadyQueued_evenIfScheduledFirst() {
    loop.callAt(timer(loop.time() + 0, "timer(0)"));
    loop.callSoon(logs("soon"));
    loop.runOnce();
    assertThat(log).containsExactly("soon@0.0", "timer(0)@0.0");
  }

  @Test
  void idleLoop_jumpsTheClockToTheFirstDeadline_neverBackwards() {
    loop.callAt(timer(2.5, "late"));
    loop.callAt(timer(0.5, "early"));
    loop.runOnce();
    loop.runOnce();
    assertThat(log).containsExactly("early@0.5", "late@2.5");
    loop.callAt(timer(1.0, "past"));
    loop.runOnce();
    assertThat(log).last().isEqualTo("past@2.5");
  }

  @Test
  void timerDue_isWithinClockResolution() {
    loop.callAt(timer(1.0, "a"));
    loop.callAt(timer(1.0 + 5e-10, "within"));
    loop.callAt(timer(1.0 + 2e-9, "beyond"));
    loop.runOnce();
    assertThat(log).containsExactly("a@1.0", "within@1.0");
  }

  @Test
  void blockingHandle_makesLaterTimersFireLate_inDeadlineOrder_afterQueuedHandles() {
    loop.callAt(timer(0.2, "B"));
    loop.callAt(timer(0.1, "A"));
    loop.callSoon(Handle.of("blocker", () -> {
      env.clock().advanceBy(0.3);
      loop.callSoon(logs("queued-while-blocked"));
    }));
    loop.runOnce();
    loop.runOnce();
    assertThat(log).containsExactly("queued-while-blocked@0.3", "A@0.3", "B@0.3");
  }

  @Test
  void cancelledHandle_isSkipped_andACancelledTimerNeverMovesTheClock() {
    Handle h = loop.callSoon(logs("never"));
    h.cancel();
    TimerHandle t = loop.callAt(timer(5, "cancelled"));
    t.cancel();
    loop.callAt(timer(1, "kept"));
    loop.runOnce(); // the cancelled handle still occupies this iteration, as in CPython
    assertThat(log).isEmpty();
    loop.runOnce();
    assertThat(log).containsExactly("kept@1.0");
    assertThat(loop.time()).isEqualTo(1.0);
  }

  @Test
  void nothingReadyAndNoTimer_isADeadlockAtTheCurrentTime() {
    loop.callAt(timer(1.5, "last"));
    loop.runOnce();
    assertThatThrownBy(loop::runOnce)
        .isInstanceOf(DeadlockException.class)
        .satisfies(e -> assertThat(((DeadlockException) e).time()).isEqualTo(1.5));
  }

  @Test
  void futureCallbacks_runNextIteration_inRegistrationOrder_neverInline() {
    Future f = new Future(loop);
    f.addDoneCallback(x -> log.add("cb1"));
    f.addDoneCallback(x -> log.add("cb2"));
    loop.callSoon(logs("before"));
    f.setResult(42);
    loop.callSoon(logs("after"));
    f.addDoneCallback(x -> log.add("late"));
    assertThat(log).isEmpty();
    loop.runOnce();
    assertThat(log).containsExactly("before@0.0", "cb1", "cb2", "after@0.0", "late");
  }

  @Test
  void futureResult_whilePending_raisesInvalidStateError_asCPythonsCFuture() {
    Future f = new Future(loop);
    assertThatThrownBy(f::result).hasMessage("InvalidStateError(Result is not set.)");
    assertThatThrownBy(f::exception).hasMessage("InvalidStateError(Exception is not set.)");
    f.setResult(1);
    assertThatThrownBy(() -> f.setResult(2)).hasMessage("InvalidStateError(invalid state)");
  }

  @Test
  void removeDoneCallback_removesEveryEqualCallback_andCountsThem() {
    Future f = new Future(loop);
    FutureCallback cb = x -> log.add("cb");
    f.addDoneCallback(cb);
    f.addDoneCallback(x -> log.add("other"));
    f.addDoneCallback(cb);
    assertThat(f.removeDoneCallback(cb)).isEqualTo(2);
    f.setResult(null);
    loop.runOnce();
    assertThat(log).containsExactly("other");
  }

  @Test
  void task_firstStepIsQueuedAtCreation_andTasksAreNumberedProcessWide() {
    Task a = new Task(loop, new Scripted("a"), null, false);
    Task b = new Task(new EventLoop(env), new Scripted("b"), null, false);
    Task c = new Task(loop, new Scripted("c"), "named", false);
    assertThat(a.name()).isEqualTo("Task-1");
    assertThat(b.name()).isEqualTo("Task-2");
    assertThat(c.name()).isEqualTo("named");
    assertThat(a.done()).isFalse();
    loop.runOnce();
    assertThat(a.done()).isTrue();
    assertThat(a.result()).isEqualTo("a");
  }

  @Test
  void task_awaitingAFuture_resumesTheIterationAfterItCompletes() {
    Future f = new Future(loop);
    Task t = new Task(loop, new Scripted("t").then(() -> f), null, false);
    loop.runOnce();
    assertThat(t.waiter()).isSameAs(f);
    loop.callSoon(Handle.of("complete", () -> f.setResult("v")));
    loop.runOnce();
    assertThat(t.done()).isFalse();
    loop.runOnce();
    assertThat(t.done()).isTrue();
  }

  @Test
  void task_bareYield_requeuesItAtTheTail() {
    Task t = new Task(loop, new Scripted("t").then(() -> null).then(() -> null), null, false);
    loop.callSoon(logs("queued-after-first-step"));
    loop.runOnce();
    loop.runOnce();
    assertThat(t.done()).isFalse();
    loop.runOnce();
    assertThat(t.done()).isTrue();
    assertThat(log).containsExactly("queued-after-first-step@0.0");
  }

  @Test
  void task_cancelledBeforeItsFirstStep_endsCancelledWithoutRunningItsBody() {
    List<String> ran = new ArrayList<>();
    Task t = new Task(loop, new Scripted("t").then(() -> {
      ran.add("body");
      return null;
    }), null, false);
    assertThat(t.cancel("stop")).isTrue();
    assertThat(t.cancelled()).isFalse();
    loop.runOnce();
    assertThat(t.cancelled()).isTrue();
    assertThat(ran).isEmpty();
    assertThatThrownBy(t::result).hasMessage("CancelledError(stop)");
  }

  @Test
  void task_cancelWhileAwaiting_cancelsTheAwaitedFuture() {
    Future f = new Future(loop);
    Task t = new Task(loop, new Scripted("t").then(() -> f), null, false);
    loop.runOnce();
    t.cancel(null);
    assertThat(f.cancelled()).isTrue();
    loop.runOnce();
    assertThat(t.cancelled()).isTrue();
    assertThat(t.cancelling()).isEqualTo(1);
  }

  @Test
  void exceptionInAPlainCallback_goesToTheExceptionHandler_andTheLoopGoesOn() {
    loop.callSoon(Handle.of("boom()", () -> {
      throw new TestHost.Error("ValueError", "x");
    }));
    loop.callSoon(logs("next"));
    loop.runOnce();
    assertThat(host.handled).containsExactly("Exception in callback boom(): ValueError(x)");
    assertThat(log).containsExactly("next@0.0");
  }

  @Test
  void runUntilComplete_returnsTheResult_andStopsAfterTheDoneIteration() {
    Task t = new Task(loop, new Scripted("main"), null, false);
    assertThat(loop.runUntilComplete(t, false)).isEqualTo("main");
    assertThat(loop.isRunning()).isFalse();
  }

  @Test
  void trace_recordsCreationReadinessStepsWaitsAndEnds() {
    Future timerFuture = new Future(loop).withWaitKind(WaitKind.TIMER);
    Task t = new Task(loop, new Scripted("sleeper").then(() -> timerFuture), null, false);
    loop.callAt(new TimerHandle(2.0, "wake", () -> timerFuture.setResult(null)));
    loop.runUntilComplete(t, false);
    Trace trace = recorder.close("test", 0, loop.time(), RunEnd.OK);

    List<String> events = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      switch (k) {
        case STEP -> events.add("STEP " + trace.start(i) + " " + trace.stepEnd(i) + " " + trace.waitKind(i)
            + " #" + trace.handle(i));
        case TASK_DONE -> events.add("DONE " + trace.start(i) + " " + trace.stepEnd(i));
        case CALLBACK -> events.add("CALLBACK " + trace.label(i) + " #" + trace.handle(i));
        case ITERATION -> events.add("ITERATION " + trace.start(i) + ".." + trace.end(i) + " batch "
            + trace.batchSize(i) + " to #" + trace.handle(i));
        case TIMER_SCHEDULED -> events.add("TIMER_SCHEDULED " + trace.label(i) + " for " + trace.start(i)
            + " at " + trace.end(i) + " seq " + trace.timer(i));
        case TIMER_FIRED -> events.add("TIMER_FIRED " + trace.start(i) + " seq " + trace.timer(i));
        case TASK_READY -> events.add("TASK_READY " + trace.start(i) + " #" + trace.handle(i));
        case CALLBACK_READY -> events.add("CALLBACK_READY " + trace.label(i) + " #" + trace.handle(i));
        default -> events.add(k + " " + trace.start(i));
      }
    }
    // handles are numbered as they are queued (#n); timers by when they were scheduled (seq)
    assertThat(events).containsExactly(
        "TASK_CREATED 0.0",
        "TASK_READY 0.0 #1",
        "TIMER_SCHEDULED wake for 2.0 at 0.0 seq 1",
        "ITERATION 0.0..0.0 batch 1 to #1",
        "STEP 0.0 SUSPENDED TIMER #1",
        "ITERATION 0.0..2.0 batch 1 to #2",
        "TIMER_FIRED 2.0 seq 1",
        "TASK_READY 2.0 #3",
        "CALLBACK wake #2",
        "ITERATION 2.0..2.0 batch 1 to #3",
        "DONE 2.0 DONE",
        "CALLBACK_READY _run_until_complete_cb #4",
        "STEP 2.0 DONE NONE #3",
        "ITERATION 2.0..2.0 batch 1 to #4",
        "CALLBACK _run_until_complete_cb #4");
    assertThat(trace.taskInfo(0).label()).isEqualTo("Task-1 sleeper");
    assertThat(trace.stepEnd(12)).isEqualTo(StepEnd.DONE);
  }

  @Test
  void blockingStep_isRecordedAsABlockedSpan() {
    Task t = new Task(loop, new Scripted("blocker").then(() -> {
      env.clock().advanceBy(0.25);
      return null;
    }), null, false);
    loop.runUntilComplete(t, false);
    Trace trace = recorder.close("test", 0, loop.time(), RunEnd.OK);
    int blocked = -1;
    for (int i = 0; i < trace.size(); i++) {
      if (trace.kind(i) == EventKind.BLOCKED) {
        blocked = i;
      }
    }
    assertThat(blocked).isNotNegative();
    assertThat(trace.start(blocked)).isEqualTo(0.0);
    assertThat(trace.end(blocked)).isEqualTo(0.25);
    assertThat(trace.task(blocked)).isEqualTo(0);
  }

  @Test
  void taskLimit_stopsTheRunNamingTheLimitAndTheOption() {
    Environment small = new Environment(Recorder.off(), host, new Limits(2, 1000));
    EventLoop l = new EventLoop(small);
    new Task(l, new Scripted("a"), null, false);
    new Task(l, new Scripted("b"), null, false);
    assertThatThrownBy(() -> new Task(l, new Scripted("c"), null, false))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("coroutine 'c' exceeds 2 tasks")
        .satisfies(e -> assertThat(((LimitExceededException) e).hint()).contains("--max-tasks"));
  }
}
