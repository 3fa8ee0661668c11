package corosim.trace;

/**
 * What a suspended task waits for, as the chart colours it. Futures carry one of these from
 * their creator ({@code asyncio.sleep} makes TIMER futures, a Lock LOCK futures, and so on).
 */
public enum WaitKind {
  /** Not waiting: the step finished, or the task yielded bare ({@code sleep(0)}) and is ready. */
  NONE,
  TIMER,
  FUTURE,
  TASK,
  IO,
  LOCK,
  EVENT,
  CONDITION,
  SEMAPHORE,
  QUEUE,
  BARRIER,
  EXECUTOR
}
