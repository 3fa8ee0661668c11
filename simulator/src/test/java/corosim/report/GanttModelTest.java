package corosim.report;

import static corosim.report.SegmentKind.AWAITING_FUTURE;
import static corosim.report.SegmentKind.AWAITING_LOCK;
import static corosim.report.SegmentKind.AWAITING_TIMER;
import static corosim.report.SegmentKind.BLOCKED;
import static corosim.report.SegmentKind.BUSY;
import static corosim.report.SegmentKind.READY;
import static corosim.report.SegmentKind.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import corosim.trace.WaitKind;
import org.junit.jupiter.api.Test;

class GanttModelTest {
  @Test
  void rows_loopFirstThenTasksInCreationOrder_internalTaskHasNoRow() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    assertThat(model.rows())
        .extracting(GanttRow::label)
        .containsExactly("loop", "Task-1 main", "Task-2 worker", "Task-3 worker");
    assertThat(model.rows()).extracting(GanttRow::task).containsExactly(-1, 0, 1, 2);
  }

  @Test
  void segments_sleepingTasks_runAtInstantsAndAwaitTimersBetween() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    assertThat(model.rows().get(1).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING),
            new Segment(0, 2, AWAITING_FUTURE),
            new Segment(2, 2, RUNNING));
    assertThat(model.rows().get(2).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING),
            new Segment(0, 1, AWAITING_TIMER),
            new Segment(1, 1, RUNNING));
    assertThat(model.rows().get(3).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING),
            new Segment(0, 2, AWAITING_TIMER),
            new Segment(2, 2, RUNNING));
  }

  @Test
  void segments_zeroTimeEverywhere_loopRowStaysIdle() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    assertThat(model.rows().get(0).segments()).isEmpty();
  }

  @Test
  void ticks_printedLines_onTheirTaskRow_orTheLoopRowOutsideTasksAndForInternalTasks() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    assertThat(model.rows().get(2).ticks()).containsExactly(0.0, 1.0);
    assertThat(model.rows().get(0).ticks()).containsExactly(2.0, 2.0);
    assertThat(model.rows().get(1).ticks()).isEmpty();
  }

  @Test
  void titles_nameScenarioElapsedAndSeed() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    assertThat(model.title()).isEqualTo("two_tasks \u2014 elapsed 2.000000 s");
    assertThat(model.subtitle()).isEqualTo("seed 0");
    assertThat(model.end()).isEqualTo(2.0);
  }

  @Test
  void subtitle_runNotOk_saysHowItEnded() {
    Recorder r = Recorder.columnar();
    Trace trace = r.close("stuck", 42, 0, RunEnd.DEADLOCK);

    assertThat(GanttModel.of(trace).subtitle()).isEqualTo("seed 42 \u00b7 run ended: deadlock");
  }

  @Test
  void blocked_stepHoldsLoop_loopBusyAndBlocked_otherTaskReadyMeanwhile() {
    GanttModel model = GanttModel.of(Traces.blockedLoop());

    assertThat(model.rows().get(0).segments())
        .containsExactly(
            new Segment(0, 0.2, BLOCKED), new Segment(0, 0.2, BUSY), new Segment(0.5, 0.75, BUSY));
    assertThat(model.rows().get(1).segments()).containsExactly(new Segment(0, 0.2, RUNNING));
    assertThat(model.rows().get(2).segments())
        .containsExactly(new Segment(0, 0.2, READY), new Segment(0.2, 0.2, RUNNING));
  }

  @Test
  void ready_forZeroSeconds_hasNoReadySegment() {
    GanttModel model = GanttModel.of(Traces.lockWait());

    assertThat(model.rows().get(2).segments()).extracting(Segment::kind).doesNotContain(READY);
  }

  @Test
  void lock_waiterWokenDuringHoldersStep_awaitsLockUntilRelease() {
    GanttModel model = GanttModel.of(Traces.lockWait());

    assertThat(model.rows().get(1).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING),
            new Segment(0, 1, AWAITING_TIMER),
            new Segment(1, 1, RUNNING));
    assertThat(model.rows().get(2).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING),
            new Segment(0, 1, AWAITING_LOCK),
            new Segment(1, 1, RUNNING));
  }

  @Test
  void bareYield_readyRecordedBeforeItsStep_readyFromStepEndUntilLoopIsFree() {
    GanttModel model = GanttModel.of(Traces.bareYieldBehindBlocker());

    assertThat(model.rows().get(1).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING), new Segment(0, 0.5, READY), new Segment(0.5, 0.5, RUNNING));
  }

  @Test
  void zeroLengthSteps_atOneInstant_keptAsOneRunningMark() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "spinner", -1, false);
    r.taskReady(a, 0);
    for (int i = 0; i < 3; i++) {
      r.taskReady(a, 0);
      r.step(a, 0, 0, StepEnd.SUSPENDED, WaitKind.NONE);
    }
    r.step(a, 0, 0, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(a, 0, StepEnd.DONE);

    GanttModel model = GanttModel.of(r.close("spin", 0, 0, RunEnd.OK));

    assertThat(model.rows().get(1).segments()).containsExactly(new Segment(0, 0, RUNNING));
  }

  @Test
  void done_laterEventsOfTheTask_drawNothing() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "short", -1, false);
    r.taskReady(a, 0);
    r.step(a, 0, 0, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(a, 0, StepEnd.DONE);
    r.taskReady(a, 1);
    r.line(1, a, "ghost");
    r.step(a, 2, 2, StepEnd.SUSPENDED, WaitKind.TIMER);

    GanttModel model = GanttModel.of(r.close("done", 0, 3, RunEnd.OK));

    assertThat(model.rows().get(1).segments()).containsExactly(new Segment(0, 0, RUNNING));
    assertThat(model.rows().get(1).ticks()).isEmpty();
  }

  @Test
  void done_recordedInsideTheFinishingStep_thatStepStillDrawn() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "returns", -1, false);
    r.taskReady(a, 0);
    r.step(a, 0, 0, StepEnd.SUSPENDED, WaitKind.TIMER);
    r.taskReady(a, 1);
    r.taskDone(a, 1.5, StepEnd.DONE);
    r.step(a, 1.5, 1.5, StepEnd.DONE, WaitKind.NONE);

    GanttModel model = GanttModel.of(r.close("done_first", 0, 2, RunEnd.OK));

    assertThat(model.rows().get(1).segments())
        .containsExactly(
            new Segment(0, 0, RUNNING),
            new Segment(0, 1, AWAITING_TIMER),
            new Segment(1, 1.5, READY),
            new Segment(1.5, 1.5, RUNNING));
  }

  @Test
  void pending_atEndOfRun_waitsOrIsReadyUntilTheEnd() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "forever", -1, false);
    r.taskReady(a, 0);
    r.step(a, 0, 0, StepEnd.SUSPENDED, WaitKind.EVENT);
    int b = r.taskCreated(1, "Task-2", "starved", -1, false);
    r.taskReady(b, 1);

    GanttModel model = GanttModel.of(r.close("pending", 0, 5, RunEnd.LIMIT));

    assertThat(model.rows().get(1).segments())
        .containsExactly(new Segment(0, 0, RUNNING), new Segment(0, 5, SegmentKind.AWAITING_EVENT));
    assertThat(model.rows().get(2).segments()).containsExactly(new Segment(1, 5, READY));
  }

  @Test
  void end_eventAfterElapsed_extendsTheData() {
    Recorder r = Recorder.columnar();
    r.callback(1, 1.5, "late");

    assertThat(GanttModel.of(r.close("late", 0, 1, RunEnd.OK)).end()).isEqualTo(1.5);
  }
}
