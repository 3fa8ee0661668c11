package corosim.trace;

/**
 * The kinds of trace records. Which columns each kind uses is documented per constant. A STEP
 * or CALLBACK record is appended when its handle finishes, so events recorded while it ran
 * (a task becoming ready, a task ending, a printed line, a BLOCKED span) come before it.
 *
 * <p>Every event's {@code end} is the virtual time at which it was recorded, so {@code end} never
 * decreases along a trace; for point events {@code start == end}, except the timer events whose
 * {@code start} is the timer's deadline. The {@code ref} column ({@link Trace#handle},
 * {@link Trace#timer}, {@link Trace#resource}) links events about the same handle, timer or
 * resource; it is 0 where a recorder was not told (events recorded through the first,
 * shorter {@link Recorder} methods).
 *
 * <p>Constants are only ever appended, so the ordinals of older kinds stay stable.
 */
public enum EventKind {
  /** A task was created: task, start = time, arg = parent task id or -1. */
  TASK_CREATED,
  /** A task's next step was queued (it became ready): task, start = time, {@link Trace#handle}. */
  TASK_READY,
  /**
   * A task ran one step: task, start, end, {@link Trace#stepEnd}, {@link Trace#waitKind},
   * {@link Trace#handle}.
   */
  STEP,
  /**
   * A handle that is not a task step ran: task = -1, start, end, {@link Trace#label},
   * {@link Trace#handle}.
   */
  CALLBACK,
  /**
   * A timer ran (recorded as it starts; the CALLBACK or STEP of its handle follows): start = its
   * deadline, end = when the loop ran it, {@link Trace#label}, {@link Trace#timer}.
   */
  TIMER_FIRED,
  /** A task finished: task, start = time, {@link Trace#stepEnd} = DONE, FAILED or CANCELLED. */
  TASK_DONE,
  /** The program wrote a line: task (or -1 outside tasks), start = time, {@link Trace#text}. */
  LINE,
  /**
   * The loop stood still inside a step ({@code time.sleep}, blocking work): task (or -1), start,
   * end.
   */
  BLOCKED,

  // ---- appended for the analyzers (issue 5); ordinals of the kinds above are unchanged

  /**
   * One pass of the loop (CPython's {@code _run_once}), recorded after due timers were moved to
   * the ready queue and before its batch runs: task = -1, start = the clock when the pass began,
   * end = the clock after waiting for the first timer ({@code end - start} is idle time),
   * {@link Trace#batchSize} = handles in the batch (cancelled ones included), {@link
   * Trace#handle} = the serial of the batch's last handle (0 for an empty batch).
   */
  ITERATION,
  /**
   * A handle that is not a task step was queued ({@code call_soon}, a future's done callback that
   * wakes no task): task = -1, start = time, {@link Trace#label}, {@link Trace#handle}.
   */
  CALLBACK_READY,
  /**
   * A cancelled handle was reached in its batch and skipped: task (the owner or -1), start =
   * time, {@link Trace#handle}.
   */
  HANDLE_SKIPPED,
  /**
   * A timer was scheduled ({@code call_at}, {@code call_later}, a sleep): start = its deadline,
   * end = when it was scheduled, {@link Trace#label}, {@link Trace#timer} = its sequence number
   * (ties on the deadline fire in sequence order).
   */
  TIMER_SCHEDULED,
  /** A scheduled timer was cancelled before it ran: start = time, {@link Trace#timer}. */
  TIMER_CANCELLED,
  /**
   * A synchronisation resource (lock, semaphore, condition, event, queue, barrier) was created:
   * task = the creating task or -1, start = time, {@link Trace#resource}; its kind and name are in
   * {@link Trace#resourceInfo}.
   */
  RESOURCE_CREATED,
  /**
   * A task asked for a resource ({@code acquire()}, {@code get()}, {@code put()} on a full
   * queue, {@code wait()}), whether or not it then has to wait: task, start, {@link
   * Trace#resource}.
   */
  RESOURCE_REQUESTED,
  /**
   * The resource woke a waiting task (resolved the future it waits on: the hand-off); the task
   * runs later and may still find the resource taken: task = the woken task, start, {@link
   * Trace#resource}.
   */
  RESOURCE_WOKEN,
  /**
   * A task got what it asked for (holds the lock, took the item, passed the event): task, start,
   * {@link Trace#resource}. Ends the task's open request.
   */
  RESOURCE_ACQUIRED,
  /**
   * A task stopped waiting without getting the resource (cancelled, timed out, failed): task,
   * start, {@link Trace#resource}. Ends the task's open request.
   */
  RESOURCE_ABANDONED,
  /**
   * A task gave the resource back or made it available ({@code release()}, {@code put()} of an
   * item, {@code set()}, {@code notify()}): task (or -1 in a callback), start, {@link
   * Trace#resource}.
   */
  RESOURCE_RELEASED
}
