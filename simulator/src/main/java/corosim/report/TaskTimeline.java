package corosim.report;

import corosim.trace.StepEnd;
import corosim.trace.WaitKind;
import java.util.ArrayDeque;

/**
 * Turns one task's events, in trace order, into the segments of its row: READY from becoming
 * ready to the step that starts, RUNNING for each step, AWAITING_… from a suspending step to the
 * next time the task becomes ready; nothing once the task is done.
 *
 * <p>A step is recorded when it ends, so what happens inside it comes first in the trace: the
 * TASK_READY of a bare yield ({@code sleep(0)}) precedes its STEP, and so may the TASK_DONE of
 * the step that returns (CPython's {@code Task.__step} sets the result inside the step). Hence a
 * queue of ready times, of which a STEP consumes the oldest, and a finishing STEP still drawn
 * after TASK_DONE.
 *
 * <p>Invariant: {@code readySince} holds the ready times no step has consumed, oldest first;
 * {@code waiting} is non-null only while the queue is empty; once {@code finished} (a step ended
 * the task) nothing more is drawn, and once {@code doneRecorded} only that finishing step is.
 */
final class TaskTimeline {
  private final RowBuilder row = new RowBuilder();
  private final ArrayDeque<Double> readySince = new ArrayDeque<>();
  private SegmentKind waiting;
  private double waitingSince;
  private boolean doneRecorded;
  private boolean finished;

  void ready(double time) {
    if (doneRecorded || finished) {
      return;
    }
    if (waiting != null) {
      row.add(waitingSince, time, waiting);
      waiting = null;
    }
    readySince.add(time);
  }

  void step(double start, double end, StepEnd how, WaitKind wait) {
    if (finished || (doneRecorded && !how.finished())) {
      return;
    }
    if (waiting != null) {
      // Woken without a TASK_READY record: the wait lasted until the step.
      row.add(waitingSince, start, waiting);
      waiting = null;
    }
    Double ready = readySince.poll();
    if (ready != null) {
      row.add(ready, start, SegmentKind.READY);
    }
    row.add(start, end, SegmentKind.RUNNING);
    if (how.finished()) {
      finished = true;
      readySince.clear();
    } else if (!readySince.isEmpty()) {
      // Queued during this step: it cannot wait for the loop before the step ends.
      double next = readySince.poll();
      readySince.addFirst(Math.max(next, end));
    } else if (wait != WaitKind.NONE) {
      waiting = SegmentKind.awaiting(wait);
      waitingSince = end;
    }
  }

  void done(double time) {
    if (waiting != null) {
      row.add(waitingSince, time, waiting);
      waiting = null;
    }
    doneRecorded = true;
  }

  void tick(double time) {
    if (!doneRecorded && !finished) {
      row.tick(time);
    }
  }

  /** The finished row; a task still pending at {@code end} waits, or is ready, until then. */
  GanttRow build(String label, int task, double end) {
    if (!doneRecorded && !finished) {
      if (waiting != null) {
        row.add(waitingSince, end, waiting);
      } else if (!readySince.isEmpty()) {
        row.add(readySince.peek(), end, SegmentKind.READY);
      }
    }
    return row.build(label, task);
  }
}
