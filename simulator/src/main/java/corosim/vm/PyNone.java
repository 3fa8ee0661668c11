package corosim.vm;

/** The singletons None, NotImplemented and Ellipsis. */
public final class PyNone implements PyObject {
  public static final PyNone NONE = new PyNone("None");
  public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
  public static final PyNone ELLIPSIS = new PyNone("Ellipsis");

  private final String name;

  private PyNone(String name) {
    this.name = name;
  }

  @Override
  public PyType type() {
    return this == NONE ? Types.NONE_TYPE : this == NOT_IMPLEMENTED ? Types.NOT_IMPLEMENTED_TYPE : Types.ELLIPSIS_TYPE;
  }

  @Override
  public String toString() {
    return name;
  }
}
