package corosim.vm;

/**
 * A function implemented in Java: a builtin function ({@code len}) when {@code owner} is null,
 * else a method descriptor of a type ({@code list.append}) that takes self as its first
 * argument and binds to instances on attribute access.
 */
public final class PyBuiltin implements PyObject, PyCallable {
  private final String name;
  private final PyCallable body;
  private final PyType owner;

  public PyBuiltin(String name, PyCallable body, PyType owner) {
    this.name = name;
    this.body = body;
    this.owner = owner;
  }

  public PyBuiltin(String name, PyCallable body) {
    this(name, body, null);
  }

  @Override
  public PyType type() {
    return owner == null ? Types.BUILTIN_FUNCTION : Types.METHOD_DESCRIPTOR;
  }

  public String name() {
    return name;
  }

  /** The type this method belongs to, or null for a plain builtin function. */
  public PyType owner() {
    return owner;
  }

  @Override
  public Object call(Object[] args, String[] kwNames) {
    if (owner != null && args.length > 0 && args[0] instanceof PyBoxed b && owner.unboxesSelf()) {
      args = args.clone();
      args[0] = b.value(); // a method of str/int/float called on a subclass instance
    }
    if (owner == Types.STR) {
      // str methods take str subclasses wherever they take str (sep, prefix, old, new...)
      for (int i = 1; i < args.length; i++) {
        if (args[i] instanceof PyBoxed b && b.value() instanceof String) {
          args = args.clone();
          args[i] = b.value();
        }
      }
    }
    return body.call(args, kwNames);
  }

  @Override
  public String toString() {
    return owner == null
        ? "<built-in function " + name + ">"
        : "<method '" + name + "' of '" + owner.name() + "' objects>";
  }
}
