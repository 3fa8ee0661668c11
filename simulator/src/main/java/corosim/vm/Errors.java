package corosim.vm;

/** Factories for the builtin exceptions the VM raises, with CPython's messages. */
public final class Errors {
  private Errors() {}

  public static PyException create(PyType type, Object... args) {
    return new PyException(type, new PyTuple(args));
  }

  public static PyException typeError(String message) {
    return create(Types.TYPE_ERROR, message);
  }

  public static PyException valueError(String message) {
    return create(Types.VALUE_ERROR, message);
  }

  public static PyException runtimeError(String message) {
    return create(Types.RUNTIME_ERROR, message);
  }

  public static PyException indexError(String message) {
    return create(Types.INDEX_ERROR, message);
  }

  public static PyException keyError(Object key) {
    return create(Types.KEY_ERROR, key);
  }

  public static PyException nameError(String name) {
    PyException e = create(Types.NAME_ERROR, "name '" + name + "' is not defined");
    e.dict().put("name", name);
    return e;
  }

  public static PyException unboundLocal(String name) {
    return create(
        Types.UNBOUND_LOCAL_ERROR,
        "cannot access local variable '" + name + "' where it is not associated with a value");
  }

  public static PyException attributeError(Object obj, String name) {
    PyException e;
    if (obj instanceof PyModule m) {
      e = create(Types.ATTRIBUTE_ERROR, "module '" + m.name() + "' has no attribute '" + name + "'");
    } else if (obj instanceof PyType t) {
      e = create(Types.ATTRIBUTE_ERROR,
          "type object '" + t.name() + "' has no attribute '" + name + "'");
    } else {
      e = create(Types.ATTRIBUTE_ERROR,
          "'" + Types.of(obj).name() + "' object has no attribute '" + name + "'");
    }
    e.dict().put("name", name);
    e.dict().put("obj", obj);
    return e;
  }

  public static PyException zeroDivision(String message) {
    return create(Types.ZERO_DIVISION_ERROR, message);
  }

  public static PyException overflow(String message) {
    return create(Types.OVERFLOW_ERROR, message);
  }

  public static PyException stopIteration(Object value) {
    return value == PyNone.NONE ? create(Types.STOP_ITERATION) : create(Types.STOP_ITERATION, value);
  }

  public static PyException notImplemented(String message) {
    return create(Types.NOT_IMPLEMENTED_ERROR, message);
  }

  public static PyException recursion() {
    return create(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
  }

  /** TypeError for an operand type an operation does not support. */
  public static PyException unsupported(String op, Object a, Object b) {
    return typeError("unsupported operand type(s) for " + op + ": '" + Types.of(a).name()
        + "' and '" + Types.of(b).name() + "'");
  }

  /** "f() takes 2 positional arguments but 3 were given" style argument count errors. */
  public static PyException argCount(String function, int expectedMin, int expectedMax, int given) {
    String takes;
    if (expectedMin == expectedMax) {
      takes = expectedMin + " positional argument" + (expectedMin == 1 ? "" : "s");
    } else {
      takes = "from " + expectedMin + " to " + expectedMax + " positional arguments";
    }
    return typeError(function + "() takes " + takes + " but " + given + " "
        + (given == 1 ? "was" : "were") + " given");
  }
}
