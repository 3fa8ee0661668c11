package corosim.check;

import corosim.trace.RunEnd;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/** Deadlock and pending tasks: every task without a TASK_DONE record, and what it waits on. */
public final class DeadlockAnalyzer {
  private DeadlockAnalyzer() {}

  public static Deadlock analyze(Trace trace) {
    int n = trace.taskCount();
    boolean[] done = new boolean[n];
    boolean[] queued = new boolean[n];
    for (int i = 0; i < trace.size(); i++) {
      int t = trace.task(i);
      if (t < 0) {
        continue;
      }
      switch (trace.kind(i)) {
        case TASK_DONE -> done[t] = true;
        case TASK_READY -> queued[t] = true;
        case STEP, HANDLE_SKIPPED -> queued[t] = false;
        default -> {}
      }
    }
    List<List<Wait>> waits = TaskStatsAnalyzer.suspensions(trace);
    List<PendingTask> pending = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      if (done[t]) {
        continue;
      }
      List<Wait> ws = waits.get(t);
      Wait open = ws.isEmpty() || !Double.isNaN(ws.get(ws.size() - 1).to()) ? null
          : ws.get(ws.size() - 1);
      PendingTask.State state = open != null ? PendingTask.State.WAITING
          : queued[t] ? PendingTask.State.READY : PendingTask.State.NOT_STARTED;
      pending.add(new PendingTask(t, trace.taskInfo(t).label(), trace.taskInfo(t).internal(),
          state, open));
    }
    return new Deadlock(trace.runEnd() == RunEnd.DEADLOCK, trace.elapsed(), pending);
  }
}
