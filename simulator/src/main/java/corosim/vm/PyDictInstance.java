package corosim.vm;

/** An instance of a scenario class deriving from {@code dict}: a dict with its own type. */
public class PyDictInstance extends PyDict implements UserInstance {
  private final PyType type;
  private final PyDict attributes = new PyDict();

  public PyDictInstance(PyType type) {
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
