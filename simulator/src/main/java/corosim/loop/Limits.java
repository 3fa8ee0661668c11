package corosim.loop;

/**
 * Bounds that stop a runaway scenario with a message instead of a hang or an OutOfMemoryError.
 *
 * @param maxTasks tasks a run may create in all
 * @param stepBudget VM instructions one handle (task step or callback) may run before it is
 *     stopped as a step that never yields
 */
public record Limits(long maxTasks, long stepBudget) {
  public static final Limits DEFAULT = new Limits(2_000_000, 50_000_000);

  public Limits {
    if (maxTasks < 1) {
      throw new IllegalArgumentException("maxTasks must be >= 1, got " + maxTasks);
    }
    if (stepBudget < 1) {
      throw new IllegalArgumentException("stepBudget must be >= 1, got " + stepBudget);
    }
  }
}
