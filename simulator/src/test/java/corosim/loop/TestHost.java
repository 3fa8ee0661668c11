package corosim.loop;

import java.util.ArrayList;
import java.util.List;

/** A minimal host language for driving the loop from Java: exceptions are plain records. */
final class TestHost implements LoopHost {
  /** An exception of the test language: a kind and a message. */
  static final class Error extends ScenarioException {
    private static final long serialVersionUID = 1L;
    final String kind;
    final Object message;
    ScenarioException context;

    Error(String kind, Object message) {
      this.kind = kind;
      this.message = message;
    }

    @Override
    public String getMessage() {
      return kind + "(" + message + ")";
    }
  }

  final List<String> handled = new ArrayList<>();

  @Override
  public ScenarioException cancelledError(Object message) {
    return new Error("CancelledError", message);
  }

  @Override
  public ScenarioException invalidStateError(String message) {
    return new Error("InvalidStateError", message);
  }

  @Override
  public ScenarioException runtimeError(String message) {
    return new Error("RuntimeError", message);
  }

  @Override
  public ScenarioException typeError(String message) {
    return new Error("TypeError", message);
  }

  @Override
  public boolean isCancelledError(ScenarioException e) {
    return ((Error) e).kind.equals("CancelledError");
  }

  @Override
  public boolean isExit(ScenarioException e) {
    return ((Error) e).kind.equals("SystemExit");
  }

  @Override
  public void setContext(ScenarioException e, ScenarioException context) {
    ((Error) e).context = context;
  }

  @Override
  public String repr(Object value) {
    return String.valueOf(value);
  }

  @Override
  public void defaultExceptionHandler(EventLoop loop, ErrorContext context) {
    handled.add(context.message() + ": " + context.exception().getMessage());
  }
}
