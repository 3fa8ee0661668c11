package corosim.loop;

/**
 * The context dict of {@code loop.call_exception_handler}: a message and, where known, the
 * exception, the future or task, and the handle it came from. Absent parts are null.
 */
public record ErrorContext(String message, ScenarioException exception, Future future, Handle handle) {}
