package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;

/**
 * Which handle run each event was recorded in. The loop appends a STEP or CALLBACK record when
 * its handle finishes, so an event belongs to the next such record after it, unless an ITERATION
 * record comes first (then it was recorded between handles: before the loop ran, or between two
 * runs of it).
 */
final class HandleRuns {
  private HandleRuns() {}

  /** For each event, the index of the STEP or CALLBACK record of the handle it was recorded in, or -1. */
  static int[] enclosing(Trace trace) {
    int[] out = new int[trace.size()];
    int next = -1;
    for (int i = trace.size() - 1; i >= 0; i--) {
      EventKind k = trace.kind(i);
      if (k == EventKind.STEP || k == EventKind.CALLBACK) {
        out[i] = i;
        next = i;
      } else if (k == EventKind.ITERATION || k == EventKind.HANDLE_SKIPPED) {
        out[i] = -1;
        next = -1;
      } else {
        out[i] = next;
      }
    }
    return out;
  }

  /** What ran in handle record {@code run}: {@code Task-3 worker} or a callback's label. */
  static String describe(Trace trace, int run) {
    if (run < 0) {
      return "outside the loop";
    }
    if (trace.kind(run) == EventKind.STEP) {
      return trace.taskInfo(trace.task(run)).label();
    }
    return trace.label(run);
  }

  /**
   * Whether event {@code i} of task {@code task} was recorded inside a step of that same task: a
   * step that re-queues its own task (a bare yield, {@code sleep(0)}) records TASK_READY before
   * its own STEP record, and the wait it starts begins only after that step.
   */
  static boolean insideOwnStep(Trace trace, int[] enclosing, int i, int task) {
    int run = enclosing[i];
    return run >= 0 && trace.kind(run) == EventKind.STEP && trace.task(run) == task;
  }
}
