package corosim.vm;

/** An instance of BaseExceptionGroup or a subclass: a message and the nested exceptions. */
public final class PyExceptionGroup extends PyException {
  private static final long serialVersionUID = 1L;

  private final String message;
  private final PyTuple exceptions;

  PyExceptionGroup(PyType type, PyTuple args, String message, PyTuple exceptions) {
    super(type, args);
    this.message = message;
    this.exceptions = exceptions;
  }

  public String message() {
    return message;
  }

  /** The nested exceptions (each a PyException). */
  public PyTuple exceptions() {
    return exceptions;
  }
}
