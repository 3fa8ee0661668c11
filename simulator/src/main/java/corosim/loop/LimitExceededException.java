package corosim.loop;

/**
 * A run went past one of its {@link Limits}. Not a Python exception: it ends the run with its
 * message and the option that raises the limit.
 */
public final class LimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public LimitExceededException(String message, String hint) {
    super(message, null, false, false);
    this.hint = hint;
  }

  /** What the user can do, e.g. "raise it with --max-tasks N". */
  public String hint() {
    return hint;
  }
}
