package corosim.vm;

/** An instance of a scenario class deriving from {@code list}: a list with its own type. */
public class PyListInstance extends PyList implements UserInstance {
  private final PyType type;
  private final PyDict attributes = new PyDict();

  public PyListInstance(PyType type) {
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
