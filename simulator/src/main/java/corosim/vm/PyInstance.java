package corosim.vm;

/**
 * An instance of a class defined by a scenario: its class and its attribute dict. Not final:
 * library types written in Java (collections.deque) extend it to keep their state.
 */
public class PyInstance implements UserInstance {
  private PyType type;
  private final PyDict dict = new PyDict();

  public PyInstance(PyType type) {
    this.type = type;
  }

  @Override
  public PyType type() {
    return type;
  }

  public void setType(PyType type) {
    this.type = type;
  }

  public PyDict dict() {
    return dict;
  }

  @Override
  public PyDict attributes() {
    return dict;
  }
}
