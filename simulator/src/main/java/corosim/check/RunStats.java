package corosim.check;

import corosim.trace.RunEnd;
import java.util.List;

/** Per-task statistics in task id (creation) order, and the loop's totals. */
public record RunStats(String scenario, long seed, RunEnd runEnd, List<TaskStats> tasks, LoopTotals loop) {
  public RunStats {
    tasks = List.copyOf(tasks);
  }
}
