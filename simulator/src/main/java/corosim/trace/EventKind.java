package corosim.trace;

/**
 * The kinds of trace records. Which columns each kind uses is documented per constant. A STEP
 * or CALLBACK record is appended when its handle finishes, so events recorded while it ran
 * (a task becoming ready, a task ending, a printed line, a BLOCKED span) come before it.
 */
public enum EventKind {
  /** A task was created: task, start = time, arg = parent task id or -1. */
  TASK_CREATED,
  /** A task's next step was queued (it became ready): task, start = time. */
  TASK_READY,
  /** A task ran one step: task, start, end, {@link Trace#stepEnd}, {@link Trace#waitKind}. */
  STEP,
  /** A handle that is not a task step ran: task = -1, start, end, {@link Trace#label}. */
  CALLBACK,
  /** A timer became due: start = its deadline, end = when the loop ran it, {@link Trace#label}. */
  TIMER_FIRED,
  /** A task finished: task, start = time, {@link Trace#stepEnd} = DONE, FAILED or CANCELLED. */
  TASK_DONE,
  /** The program wrote a line: task (or -1 outside tasks), start = time, {@link Trace#text}. */
  LINE,
  /**
   * The loop stood still inside a step ({@code time.sleep}, blocking work): task (or -1), start,
   * end.
   */
  BLOCKED
}
