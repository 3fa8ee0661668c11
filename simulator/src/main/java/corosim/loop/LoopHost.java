package corosim.loop;

/**
 * What the loop needs from the language it runs: the exceptions asyncio itself raises, a way to
 * recognise them, {@code repr} for messages, and the default exception handler (CPython logs
 * "Exception in callback ..." to stderr). Implemented by the VM; tests may implement it simply.
 */
public interface LoopHost {
  /** {@code asyncio.CancelledError(message)}, or {@code CancelledError()} for a null message. */
  ScenarioException cancelledError(Object message);

  /** {@code asyncio.InvalidStateError(message)}. */
  ScenarioException invalidStateError(String message);

  /** {@code RuntimeError(message)}. */
  ScenarioException runtimeError(String message);

  /** {@code TypeError(message)}. */
  ScenarioException typeError(String message);

  boolean isCancelledError(ScenarioException e);

  /** SystemExit and KeyboardInterrupt: they escape the loop instead of failing a task quietly. */
  boolean isExit(ScenarioException e);

  /** Sets {@code e.__context__}. */
  void setContext(ScenarioException e, ScenarioException context);

  /** Python {@code repr(value)}; {@code null} is None. */
  String repr(Object value);

  /** CPython's default exception handler: log the context to stderr. */
  void defaultExceptionHandler(EventLoop loop, ErrorContext context);
}
