package corosim.vm;

/** An instance of a scenario class deriving from {@code set} or {@code frozenset}. */
public class PySetInstance extends PySet implements UserInstance {
  private final PyType type;
  private final PyDict attributes = new PyDict();

  public PySetInstance(PyType type, boolean frozen) {
    super(frozen);
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
