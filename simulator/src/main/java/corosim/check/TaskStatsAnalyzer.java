package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import corosim.trace.WaitKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-task statistics and every suspension of every task. A suspension begins when a step ends
 * waiting on something (a STEP whose wait kind is not NONE) and ends when the task is queued
 * again; it is named by the resource the task has an open request on, else by the handle run in
 * which it was woken (a timer's callback, the awaited task's last step, a gather callback).
 */
public final class TaskStatsAnalyzer {
  private TaskStatsAnalyzer() {}

  public static RunStats analyze(Trace trace) {
    List<List<Wait>> waits = suspensions(trace);
    ReadyWaits ready = ReadyWaitAnalyzer.analyze(trace);
    int n = trace.taskCount();
    double[] firstRun = filled(n, Double.NaN);
    double[] finished = filled(n, Double.NaN);
    StepEnd[] outcome = new StepEnd[n];
    int[] steps = new int[n];
    double[] running = new double[n];
    for (int i = 0; i < trace.size(); i++) {
      int t = trace.task(i);
      if (t < 0) {
        continue;
      }
      if (trace.kind(i) == EventKind.STEP) {
        steps[t]++;
        running[t] += trace.end(i) - trace.start(i);
        if (Double.isNaN(firstRun[t])) {
          firstRun[t] = trace.start(i);
        }
      } else if (trace.kind(i) == EventKind.TASK_DONE) {
        finished[t] = trace.start(i);
        outcome[t] = trace.stepEnd(i);
      }
    }
    List<TaskStats> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      Wait longest = null;
      for (Wait w : waits.get(t)) {
        double d = Double.isNaN(w.to()) ? trace.elapsed() - w.from() : w.duration();
        double best = longest == null ? -1
            : Double.isNaN(longest.to()) ? trace.elapsed() - longest.from() : longest.duration();
        if (d > best) {
          longest = w;
        }
      }
      Distribution rw = ready.perTask().get(t).waits();
      out.add(new TaskStats(t, trace.taskInfo(t).label(), trace.taskInfo(t).internal(),
          trace.taskInfo(t).created(), firstRun[t], finished[t], outcome[t], steps[t], running[t],
          rw.total(), rw.max(), longest));
    }
    return new RunStats(trace.scenario(), trace.seed(), trace.runEnd(), out,
        BlockingAnalyzer.totals(trace));
  }

  /** Every task's suspensions in order; the last is open ({@code to} NaN) if it still waits. */
  public static List<List<Wait>> suspensions(Trace trace) {
    int n = trace.taskCount();
    int[] enclosing = HandleRuns.enclosing(trace);
    List<List<Wait>> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      out.add(new ArrayList<>());
    }
    WaitKind[] kind = new WaitKind[n];
    double[] since = new double[n];
    String[] requested = new String[n];
    for (int i = 0; i < trace.size(); i++) {
      int t = trace.task(i);
      switch (trace.kind(i)) {
        case STEP -> {
          if (trace.stepEnd(i) == StepEnd.SUSPENDED && trace.waitKind(i) != WaitKind.NONE) {
            kind[t] = trace.waitKind(i);
            since[t] = trace.end(i);
          }
        }
        case TASK_READY -> {
          if (t >= 0 && kind[t] != null) {
            String on = requested[t] != null ? requested[t]
                : HandleRuns.describe(trace, enclosing[i]);
            out.get(t).add(new Wait(t, kind[t], on, since[t], trace.start(i)));
            kind[t] = null;
          }
        }
        case RESOURCE_REQUESTED -> {
          if (t >= 0) {
            requested[t] = trace.resourceInfo(trace.resource(i)).name();
          }
        }
        case RESOURCE_ACQUIRED, RESOURCE_ABANDONED -> {
          if (t >= 0) {
            requested[t] = null;
          }
        }
        default -> {}
      }
    }
    for (int t = 0; t < n; t++) {
      if (kind[t] != null) {
        out.get(t).add(new Wait(t, kind[t], requested[t], since[t], Double.NaN));
      }
    }
    return out;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }
}
