package corosim.trace;

/** How a run ended. */
public enum RunEnd {
  /** The program finished normally. */
  OK,
  /** An exception escaped the program. */
  RAISED,
  /** Nothing was ready, no timer was pending, and the program had not finished. */
  DEADLOCK,
  /** A limit (instruction budget, task count, trace size, horizon) stopped the run. */
  LIMIT
}
