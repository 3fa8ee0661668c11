package corosim.check;

/**
 * A task that had not finished when the trace ended, and where it stood: {@code waiting} on
 * something since {@code since} (its open suspension), {@code ready} to run, or never started.
 */
public record PendingTask(int task, String label, boolean internal, State state, Wait waiting) {
  /** Where a pending task stood. */
  public enum State {
    /** Suspended on a future, timer, task or resource (see {@code waiting}). */
    WAITING,
    /** A step was queued but had not run. */
    READY,
    /** Created; its first step had not run (and was not queued any more). */
    NOT_STARTED
  }
}
