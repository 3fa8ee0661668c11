package corosim.vm;

import corosim.loop.ScenarioException;
import java.util.ArrayList;
import java.util.List;

/**
 * An instance of BaseException or a subclass. It extends {@link ScenarioException} so raising
 * it is a Java throw that crosses builtins and the loop. The traceback is kept as the frames the
 * exception passed through, innermost first.
 */
public class PyException extends ScenarioException implements PyObject {
  private static final long serialVersionUID = 1L;

  private final PyType type;
  private PyTuple args;
  private PyDict dict;
  private final List<TracebackEntry> traceback = new ArrayList<>(4);
  private PyException cause;
  private PyException context;
  private boolean suppressContext;
  /** Set once the implicit {@code __context__} has been attached at the raise point. */
  boolean contextAttached;
  /** Virtual time and task where the exception was first raised in scenario code. */
  private double raisedAt = Double.NaN;
  private String raisedIn;
  /** For a NameError: the namespaces "Did you mean" searches after the frame's locals. */
  PyDict suggestionGlobals;
  PyDict suggestionBuiltins;

  public PyException(PyType type, PyTuple args) {
    this.type = type;
    this.args = args;
  }

  @Override
  public PyType type() {
    return type;
  }

  public PyTuple args() {
    return args;
  }

  public void setArgs(PyTuple args) {
    this.args = args;
  }

  /** Instance attributes (user exception classes set their own); created on first use. */
  public PyDict dict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  public boolean hasDict() {
    return dict != null;
  }

  public boolean isInstance(PyType t) {
    return type.isSubtypeOf(t);
  }

  public List<TracebackEntry> traceback() {
    return traceback;
  }

  public void addTraceback(TracebackEntry entry) {
    traceback.add(entry);
  }

  /** Virtual time at which the exception was first raised in a scenario frame, or NaN. */
  public double raisedAt() {
    return raisedAt;
  }

  /** The task it was first raised in ({@code Task-1 (main)}), or where instead; may be null. */
  public String raisedIn() {
    return raisedIn;
  }

  void setRaised(double at, String in) {
    raisedAt = at;
    raisedIn = in;
  }

  public void clearTraceback() {
    traceback.clear();
  }

  public PyException cause() {
    return cause;
  }

  /** {@code raise ... from cause}: sets the cause and suppresses the context. */
  public void setCause(PyException cause) {
    this.cause = cause;
    this.suppressContext = true;
  }

  public PyException context() {
    return context;
  }

  public void setContext(PyException context) {
    this.context = context;
  }

  public boolean suppressContext() {
    return suppressContext;
  }

  public void setSuppressContext(boolean suppress) {
    this.suppressContext = suppress;
  }

  /** The first argument, or None: StopIteration.value, SystemExit.code. */
  public Object firstArg() {
    return args.size() == 0 ? PyNone.NONE : args.get(0);
  }

  @Override
  public String getMessage() {
    return type.name() + ": " + Repr.str(this);
  }
}
