package corosim.loop;

/**
 * Thrown out of the loop when nothing is ready, no timer is pending and nothing is in flight:
 * CPython would block in {@code select()} forever. Not a Python exception: scenario code cannot
 * catch it, and no {@code finally} block runs, as none would in the hung CPython process.
 */
public final class DeadlockException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient EventLoop loop;
  private final double time;

  public DeadlockException(EventLoop loop, double time) {
    super("deadlock at " + time, null, false, false);
    this.loop = loop;
    this.time = time;
  }

  /** The loop that found itself with nothing to do. */
  public EventLoop loop() {
    return loop;
  }

  public double time() {
    return time;
  }
}
