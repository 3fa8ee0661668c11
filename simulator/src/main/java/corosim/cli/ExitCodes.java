package corosim.cli;

/** The process exit codes of corosim, in one place. */
public final class ExitCodes {
  private ExitCodes() {}

  /** The scenario ran to its end. */
  public static final int OK = 0;
  /** The scenario raised an exception, hit a limit, or a check failed. */
  public static final int RAISED = 1;
  /** Wrong command-line usage. */
  public static final int USAGE = 2;
  /** Nothing was ready, no timer pending: the program can never finish. */
  public static final int DEADLOCK = 3;
  /** The scenario does not compile (syntax error or unsupported construct). */
  public static final int COMPILE_ERROR = 65;
  /** A bug in corosim itself. */
  public static final int INTERNAL_ERROR = 70;
}
