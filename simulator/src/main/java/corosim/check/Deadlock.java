package corosim.check;

import java.util.List;

/**
 * Whether the run ended in a deadlock (nothing ready, no timer pending, the program unfinished),
 * at what virtual time, and the tasks still pending then (for any run end: a run that ends OK has
 * none unless it abandoned a loop with tasks on it).
 */
public record Deadlock(boolean deadlocked, double at, List<PendingTask> pending) {
  public Deadlock {
    pending = List.copyOf(pending);
  }

  /** The pending tasks that are not asyncio.run's internal ones. */
  public List<PendingTask> pendingUserTasks() {
    return pending.stream().filter(p -> !p.internal()).toList();
  }
}
