package corosim.check;

/**
 * One stretch of a task being ready but not running: its step was queued at {@code readyAt} and
 * started at {@code startedAt}. Fairness is measured on these: in virtual time a wait is longer
 * than zero only when handles ahead of it blocked the loop.
 */
public record ReadyWait(int task, String label, double readyAt, double startedAt) {
  /** {@code startedAt - readyAt}, in virtual seconds. */
  public double duration() {
    return startedAt - readyAt;
  }
}
