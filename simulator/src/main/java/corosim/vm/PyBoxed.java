package corosim.vm;

/**
 * An instance of a scenario class deriving from an immutable scalar type ({@code str},
 * {@code int}, {@code float}, {@code bytes}): the scalar's Java value plus the class. Methods of
 * the builtin base receive the value ({@link PyBuiltin} unboxes self); the protocols unbox it
 * unless the class defines the dunder method in question.
 */
public final class PyBoxed implements UserInstance {
  private final PyType type;
  private final Object value;
  private final PyDict attributes = new PyDict();

  public PyBoxed(PyType type, Object value) {
    this.type = type;
    this.value = value;
  }

  @Override
  public PyType type() {
    return type;
  }

  /** The builtin value: a String, Long, BigInteger, Double or PyBytes. */
  public Object value() {
    return value;
  }

  @Override
  public PyDict attributes() {
    return attributes;
  }
}
