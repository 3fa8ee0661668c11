package corosim.loop;

/**
 * A callback scheduled for a virtual time: CPython's {@code asyncio.TimerHandle}. Timers are
 * ordered by (deadline, sequence): equal deadlines fire in the order they were scheduled.
 */
public final class TimerHandle extends Handle {
  private final double when;
  private final String label;
  private final Runnable action;
  long sequence;
  /** Set when the loop starts running it: a later cancel() is not recorded. */
  boolean ran;
  /** In the loop's timer heap (CPython's {@code _scheduled}): only then does a cancel count. */
  boolean inHeap;
  private EventLoop loop;

  public TimerHandle(double when, String label, Runnable action) {
    this.when = when;
    this.label = label;
    this.action = action;
  }

  /** The deadline, in the loop's time. */
  public double when() {
    return when;
  }

  @Override
  protected void run() {
    action.run();
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void cancel() {
    if (!cancelled() && loop != null) {
      if (inHeap) {
        loop.timerCancelled();
      }
      if (!ran) {
        loop.recorder().timerCancelled(loop.time(), (int) sequence);
      }
    }
    super.cancel();
  }

  void scheduledOn(EventLoop loop, long sequence) {
    this.loop = loop;
    this.sequence = sequence;
  }

  boolean before(TimerHandle other) {
    return when < other.when || (when == other.when && sequence < other.sequence);
  }
}
