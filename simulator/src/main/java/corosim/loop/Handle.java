package corosim.loop;

/**
 * A callback queued on the loop: CPython's {@code asyncio.Handle}. Cancelling marks it; the loop
 * skips it when reached; cancelling after it ran has no effect.
 */
public abstract class Handle {
  private boolean cancelled;
  /** Its serial in the trace: set when it enters a ready queue (0 before). */
  int serial;

  /** Runs the callback. May throw a {@link ScenarioException}; the loop reports it. */
  protected abstract void run();

  /** What the trace and error messages call this handle. */
  public abstract String label();

  /** The task whose step this handle runs, or null for a plain callback. */
  public Task owner() {
    return null;
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** A handle running a Java action; used for Python callbacks and asyncio internals. */
  public static Handle of(String label, Runnable action) {
    return new Handle() {
      @Override
      protected void run() {
        action.run();
      }

      @Override
      public String label() {
        return label;
      }
    };
  }
}
