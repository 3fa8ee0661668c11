package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The guarantees of asyncio's loop that every corosim trace must show, checked from the trace
 * alone. Each rule is a constant naming it in {@link Violation}s:
 *
 * <ul>
 *   <li>{@link #TIME}: virtual time never goes backwards (events are recorded at non-decreasing
 *       times; no span ends before it starts);
 *   <li>{@link #ONE_HANDLE}: the loop runs one handle at a time (no two runs overlap);
 *   <li>{@link #READY_BEFORE_STEP}: every step was queued before it started, as the handle
 *       the task's TASK_READY announced;
 *   <li>{@link #ONE_STEP}: a task never has two steps queued, or one queued while another runs
 *       (with {@link #ONE_HANDLE}: a task never runs two steps at once);
 *   <li>{@link #READY_FIFO}: each iteration runs exactly the handles queued before it began, in
 *       the order they were queued;
 *   <li>{@link #TIMER_ORDER}: timers run in (deadline, sequence) order, each in the first
 *       iteration at whose start it is due (deadline within the 1e-9 s clock resolution), and an
 *       idle loop moves its clock exactly to the earliest deadline;
 *   <li>{@link #TASK_LIFE}: a task ends at most once, as DONE, FAILED or CANCELLED, inside its own
 *       last step, and nothing of it runs afterwards.
 * </ul>
 *
 * The handle and timer rules need the serials the loop records since issue 5; on a trace without
 * them they are skipped. The timer rule assumes one loop at a time has timers pending (true of
 * {@code asyncio.run} programs); a loop closed with timers pending records them cancelled.
 */
public final class SimulatorInvariants {
  public static final String TIME = "time";
  public static final String ONE_HANDLE = "one-handle-at-a-time";
  public static final String READY_BEFORE_STEP = "ready-before-step";
  public static final String ONE_STEP = "one-step-per-task";
  public static final String READY_FIFO = "ready-fifo";
  public static final String TIMER_ORDER = "timer-order";
  public static final String TASK_LIFE = "task-life";

  /** A report lists at most this many violations. */
  public static final int MAX_VIOLATIONS = 50;

  private static final int AFTER_LAST_STEP = Integer.MAX_VALUE;

  private SimulatorInvariants() {}

  /** Every violation found, in trace order per rule; empty when the trace keeps them all. */
  public static List<Violation> check(Trace trace) {
    List<Violation> out = new ArrayList<>();
    time(trace, out);
    steps(trace, out);
    Batches.check(trace, out);
    TimerOrder.check(trace, out);
    return out.size() > MAX_VIOLATIONS ? List.copyOf(out.subList(0, MAX_VIOLATIONS)) : out;
  }

  private static void time(Trace trace, List<Violation> out) {
    double last = Double.NEGATIVE_INFINITY;
    double lastRunEnd = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      double end = trace.end(i);
      if (end < last) {
        out.add(new Violation(TIME, i, k + " recorded at " + Times.format(end)
            + ", after an event recorded at " + Times.format(last)));
      }
      last = Math.max(last, end);
      boolean span = k == EventKind.STEP || k == EventKind.CALLBACK || k == EventKind.BLOCKED
          || k == EventKind.ITERATION;
      if (span && trace.start(i) > end) {
        out.add(new Violation(TIME, i, k + " ends at " + Times.format(end) + " before it starts at "
            + Times.format(trace.start(i))));
      }
      if (k == EventKind.STEP || k == EventKind.CALLBACK) {
        if (trace.start(i) < lastRunEnd) {
          out.add(new Violation(ONE_HANDLE, i, k + " starts at " + Times.format(trace.start(i))
              + " while the previous handle ran until " + Times.format(lastRunEnd)));
        }
        lastRunEnd = end;
      }
    }
  }

  /** READY_BEFORE_STEP and TASK_LIFE, per task. */
  private static void steps(Trace trace, List<Violation> out) {
    int n = trace.taskCount();
    int[] queued = new int[n]; // the serial of the queued step, -1 if none (0: no serial recorded)
    double[] readyAt = new double[n];
    boolean[] created = new boolean[n];
    int[] doneAt = new int[n];
    Arrays.fill(queued, -1);
    Arrays.fill(doneAt, -1);
    int[] queuedAfterStep = new int[n]; // queued by its own running step, from its STEP record on
    double[] readyAfterStep = new double[n];
    Arrays.fill(queuedAfterStep, -1);
    int[] enclosing = HandleRuns.enclosing(trace);
    for (int i = 0; i < trace.size(); i++) {
      int t = trace.task(i);
      EventKind k = trace.kind(i);
      if (t >= n) {
        out.add(new Violation(TASK_LIFE, i, k + " of unknown task " + t));
        continue;
      }
      if (t < 0) {
        continue;
      }
      if (k == EventKind.TASK_CREATED) {
        created[t] = true;
        continue;
      }
      if (!created[t] && k != EventKind.RESOURCE_CREATED) {
        out.add(new Violation(TASK_LIFE, i, k + " of " + label(trace, t) + " before it was created"));
      }
      switch (k) {
        case TASK_READY -> {
          if (doneAt[t] >= 0) {
            out.add(new Violation(TASK_LIFE, i, label(trace, t) + " queued a step after it ended"));
          }
          if (HandleRuns.insideOwnStep(trace, enclosing, i, t)) {
            if (queuedAfterStep[t] >= 0) {
              out.add(new Violation(ONE_STEP, i, label(trace, t)
                  + " queued two steps while running one"));
            }
            queuedAfterStep[t] = trace.handle(i);
            readyAfterStep[t] = trace.start(i);
            continue;
          }
          if (queued[t] >= 0) {
            out.add(new Violation(ONE_STEP, i, label(trace, t)
                + " queued a second step while one was already queued"));
          }
          queued[t] = trace.handle(i);
          readyAt[t] = trace.start(i);
        }
        case HANDLE_SKIPPED -> queued[t] = -1;
        case STEP -> {
          if (queued[t] < 0) {
            out.add(new Violation(READY_BEFORE_STEP, i, "a step of " + label(trace, t)
                + " ran that was never queued"));
          } else {
            if (queued[t] != 0 && trace.handle(i) != 0 && queued[t] != trace.handle(i)) {
              out.add(new Violation(READY_BEFORE_STEP, i, "a step of " + label(trace, t)
                  + " ran as handle " + trace.handle(i) + " but was queued as " + queued[t]));
            }
            if (trace.start(i) < readyAt[t]) {
              out.add(new Violation(READY_BEFORE_STEP, i, "a step of " + label(trace, t)
                  + " started at " + Times.format(trace.start(i)) + " before it became ready at "
                  + Times.format(readyAt[t])));
            }
          }
          queued[t] = queuedAfterStep[t];
          readyAt[t] = readyAfterStep[t];
          queuedAfterStep[t] = -1;
          if (doneAt[t] == AFTER_LAST_STEP) {
            out.add(new Violation(TASK_LIFE, i, "a step of " + label(trace, t)
                + " ran after the task ended"));
            continue;
          }
          boolean ended = doneAt[t] >= 0;
          if (trace.stepEnd(i).finished() != ended) {
            out.add(new Violation(TASK_LIFE, i, ended
                ? "a step of " + label(trace, t) + " ended " + label(trace, t) + " but says "
                    + trace.stepEnd(i)
                : "a step of " + label(trace, t) + " ended " + trace.stepEnd(i)
                    + " but the task recorded no end in it"));
          } else if (ended && trace.stepEnd(i) != trace.stepEnd(doneAt[t])) {
            out.add(new Violation(TASK_LIFE, i, label(trace, t) + " ended " + trace.stepEnd(doneAt[t])
                + " but its last step says " + trace.stepEnd(i)));
          }
          if (ended) {
            doneAt[t] = AFTER_LAST_STEP; // its last step has run: any later step is an error
          }
        }
        case TASK_DONE -> {
          if (doneAt[t] >= 0) {
            out.add(new Violation(TASK_LIFE, i, label(trace, t) + " ended twice"));
          } else if (trace.stepEnd(i) == StepEnd.SUSPENDED) {
            out.add(new Violation(TASK_LIFE, i, label(trace, t) + " ended SUSPENDED"));
          }
          doneAt[t] = i;
        }
        default -> {}
      }
    }
  }

  static String label(Trace trace, int task) {
    return task < 0 ? "(no task)" : trace.taskInfo(task).label();
  }
}
