package corosim.vm;

/** A module: a name and a namespace. */
public final class PyModule implements PyObject {
  private final String name;
  private final PyDict dict;

  public PyModule(String name) {
    this(name, new PyDict());
  }

  public PyModule(String name, PyDict dict) {
    this.name = name;
    this.dict = dict;
    dict.put("__name__", name);
  }

  @Override
  public PyType type() {
    return Types.MODULE;
  }

  public String name() {
    return name;
  }

  public PyDict dict() {
    return dict;
  }

  /** Sets an attribute of the module. */
  public PyModule define(String attr, Object value) {
    dict.put(attr, value);
    return this;
  }

  /** Defines a builtin function of the module. */
  public PyModule function(String attr, PyCallable body) {
    dict.put(attr, new PyBuiltin(attr, body));
    return this;
  }
}
