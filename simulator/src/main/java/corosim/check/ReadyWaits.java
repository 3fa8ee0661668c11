package corosim.check;

import java.util.List;

/**
 * What {@link ReadyWaitAnalyzer} found: every ready-wait in step order, a distribution per task
 * (in task id order) and over all tasks, and the longest wait (null when no step ran).
 */
public record ReadyWaits(
    List<ReadyWait> waits, List<PerTask> perTask, Distribution overall, ReadyWait longest) {
  public ReadyWaits {
    waits = List.copyOf(waits);
    perTask = List.copyOf(perTask);
  }

  /** One task's ready-waits. */
  public record PerTask(int task, String label, Distribution waits) {}

  /** The longest ready-wait of any task, 0 when none. */
  public double max() {
    return overall.max();
  }
}
