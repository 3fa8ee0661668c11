package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ready-wait per task: from a task's step being queued (TASK_READY) to that step starting
 * (STEP). Pairs them by handle serial when the trace has serials, else in order per task.
 */
public final class ReadyWaitAnalyzer {
  private ReadyWaitAnalyzer() {}

  /** Every task's ready-waits, in the order the steps started. */
  public static ReadyWaits analyze(Trace trace) {
    int tasks = trace.taskCount();
    double[] readySince = new double[tasks];
    Arrays.fill(readySince, Double.NaN);
    double[] readyAfterStep = new double[tasks]; // queued by its own running step
    Arrays.fill(readyAfterStep, Double.NaN);
    int[] enclosing = HandleRuns.enclosing(trace);
    List<ReadyWait> waits = new ArrayList<>();
    List<List<Double>> perTask = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      perTask.add(new ArrayList<>());
    }
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      int t = trace.task(i);
      if (k == EventKind.TASK_READY && t >= 0) {
        if (HandleRuns.insideOwnStep(trace, enclosing, i, t)) {
          readyAfterStep[t] = trace.start(i);
        } else {
          readySince[t] = trace.start(i);
        }
      } else if (k == EventKind.HANDLE_SKIPPED && t >= 0) {
        readySince[t] = Double.NaN;
      } else if (k == EventKind.STEP && t >= 0) {
        if (!Double.isNaN(readySince[t])) {
          ReadyWait w = new ReadyWait(t, trace.taskInfo(t).label(), readySince[t], trace.start(i));
          waits.add(w);
          perTask.get(t).add(w.duration());
        }
        readySince[t] = readyAfterStep[t];
        readyAfterStep[t] = Double.NaN;
      }
    }
    List<ReadyWaits.PerTask> summaries = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      double[] values = perTask.get(t).stream().mapToDouble(Double::doubleValue).toArray();
      summaries.add(new ReadyWaits.PerTask(t, trace.taskInfo(t).label(), Distribution.of(values)));
    }
    double[] all = waits.stream().mapToDouble(ReadyWait::duration).toArray();
    ReadyWait longest =
        waits.stream().max(Comparator.comparingDouble(ReadyWait::duration)).orElse(null);
    return new ReadyWaits(waits, summaries, Distribution.of(all), longest);
  }
}
