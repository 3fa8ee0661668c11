package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;
import java.util.List;

/**
 * The {@link SimulatorInvariants#READY_FIFO} rule: iteration k runs (or skips, if cancelled)
 * exactly the handles queued when it began — as many as its batch size, each with a serial no
 * later than the batch's last, in increasing serial order. A batch may end early only where the
 * run stopped: the last iteration of the trace, or a step that failed with an exception escaping
 * the loop ({@code SystemExit}).
 */
final class Batches {
  private Batches() {}

  static void check(Trace trace, List<Violation> out) {
    int iteration = -1; // the ITERATION record of the batch being read
    int expected = 0;
    int seen = 0;
    int last = 0;
    int previousSerial = 0;
    int shortBatch = -1; // an earlier batch that ran fewer handles than queued, if unresolved
    int shortLast = 0;
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      if (k == EventKind.ITERATION) {
        if (shortBatch >= 0) {
          out.add(cutShort(shortBatch, trace));
          shortBatch = -1;
        }
        if (iteration >= 0 && seen < expected) {
          shortBatch = iteration;
          shortLast = last;
        }
        iteration = i;
        expected = trace.batchSize(i);
        last = trace.handle(i);
        seen = 0;
        previousSerial = 0;
        continue;
      }
      boolean run = k == EventKind.STEP || k == EventKind.CALLBACK;
      if (!run && k != EventKind.HANDLE_SKIPPED) {
        continue;
      }
      if (iteration < 0 || seen == expected) {
        if (run && iteration >= 0) {
          out.add(new Violation(SimulatorInvariants.READY_FIFO, i, "iteration at event " + iteration
              + " ran more handles than the " + expected + " queued when it began"));
        }
        continue; // a skip outside a batch: a handle dropped when its loop closed
      }
      seen++;
      int serial = trace.handle(i);
      if (serial == 0) {
        continue;
      }
      if (shortBatch >= 0) { // the first handle after a short batch must be one of its leftovers
        if (serial > shortLast) {
          out.add(cutShort(shortBatch, trace));
        }
        shortBatch = -1;
      }
      if (serial > last) {
        out.add(new Violation(SimulatorInvariants.READY_FIFO, i, "handle " + serial + " ("
            + what(trace, i) + ") ran in the iteration it was queued in (its batch ended with handle "
            + last + ")"));
      }
      if (serial <= previousSerial) {
        out.add(new Violation(SimulatorInvariants.READY_FIFO, i, "handle " + serial + " ("
            + what(trace, i) + ") ran after handle " + previousSerial + ", queued later"));
      }
      previousSerial = serial;
    }
  }

  private static Violation cutShort(int iteration, Trace trace) {
    return new Violation(SimulatorInvariants.READY_FIFO, iteration, "iteration ran fewer than the "
        + trace.batchSize(iteration) + " handles queued when it began, and the next one did not"
        + " go on with the rest");
  }

  private static String what(Trace trace, int i) {
    return trace.kind(i) == EventKind.HANDLE_SKIPPED ? "skipped" : HandleRuns.describe(trace, i);
  }
}
