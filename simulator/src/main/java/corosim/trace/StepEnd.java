package corosim.trace;

/** Why a task's step ended: it suspended (see {@link WaitKind}) or the task finished. */
public enum StepEnd {
  SUSPENDED,
  DONE,
  FAILED,
  CANCELLED;

  public boolean finished() {
    return this != SUSPENDED;
  }
}
