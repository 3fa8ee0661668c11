package corosim.vm;

/**
 * An instance of a scenario class deriving from {@code tuple} (a hand-written named tuple):
 * the items are fixed by {@code tuple.__new__(cls, iterable)}.
 */
public class PyTupleInstance extends PyTuple implements UserInstance {
  private final PyType type;
  private final PyDict attributes = new PyDict();

  public PyTupleInstance(PyType type, Object[] items) {
    super(items);
    this.type = type;
  }

  @Override
  public PyType type() {
    return type;
  }

  @Override
  public PyDict attributes() {
    return attributes;
  }
}
