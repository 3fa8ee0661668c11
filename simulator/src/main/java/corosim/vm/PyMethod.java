package corosim.vm;

/** A function bound to an object: calling it passes the object as the first argument. */
public final class PyMethod implements PyObject, PyCallable {
  private final Object function;
  private final Object self;

  public PyMethod(Object function, Object self) {
    this.function = function;
    this.self = self;
  }

  @Override
  public PyType type() {
    return function instanceof PyBuiltin ? Types.BUILTIN_FUNCTION : Types.METHOD;
  }

  public Object function() {
    return function;
  }

  public Object self() {
    return self;
  }

  @Override
  public Object call(Object[] args, String[] kwNames) {
    Object[] all = new Object[args.length + 1];
    all[0] = self;
    System.arraycopy(args, 0, all, 1, args.length);
    return Ops.call(function, all, kwNames);
  }
}
