package corosim.loop;

/**
 * A done callback of a {@link Future}. Equality decides what {@code remove_done_callback}
 * removes. A callback that wakes a task names it as {@link #owner()}, so the trace shows the
 * handle as that task's step.
 */
public interface FutureCallback {
  void onDone(Future future);

  /** The task this callback resumes, or null for a plain callback. */
  default Task owner() {
    return null;
  }

  /** What the trace calls the handle running this callback. */
  default String label() {
    return getClass().getSimpleName();
  }
}
