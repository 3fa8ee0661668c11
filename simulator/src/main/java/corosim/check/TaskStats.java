package corosim.check;

import corosim.trace.StepEnd;

/**
 * One task's life in a run, as {@code corosim run --stats} prints it: when it was created, first
 * ran and finished (NaN if it never did), how it ended (null while pending), its steps and the
 * virtual time they held the loop, its ready-waits, and its longest suspension (null if none).
 */
public record TaskStats(
    int task,
    String label,
    boolean internal,
    double created,
    double firstRun,
    double finished,
    StepEnd outcome,
    int steps,
    double running,
    double readyWaitTotal,
    double readyWaitMax,
    Wait longestWait) {

  /** True when the task had not finished when the trace ended. */
  public boolean pending() {
    return outcome == null;
  }
}
