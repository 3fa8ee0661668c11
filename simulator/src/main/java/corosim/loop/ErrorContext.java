package corosim.loop;

/**
 * The context dict of {@code loop.call_exception_handler}: a message and, where known, the
 * exception, the future or task (under the key CPython uses: "future" or "task"), and the
 * handle it came from. Absent parts are null.
 */
public record ErrorContext(
    String message, ScenarioException exception, Future future, Handle handle, String futureKey) {
  public ErrorContext(String message, ScenarioException exception, Future future, Handle handle) {
    this(message, exception, future, handle, future instanceof Task ? "task" : "future");
  }
}
