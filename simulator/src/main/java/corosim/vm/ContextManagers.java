package corosim.vm;

/** The {@code with} and {@code async with} protocols: look up exit and call enter. */
final class ContextManagers {
  private ContextManagers() {}

  /** {@code [exit bound method, value of __enter__()]}. */
  static Object[] enter(Object ctx) {
    PyType t = Types.of(ctx);
    Object enter = t.lookup("__enter__");
    Object exit = t.lookup("__exit__");
    if (enter == null || exit == null) {
      throw Errors.typeError("'" + t.name() + "' object does not support the context manager "
          + "protocol");
    }
    Object boundExit = Attributes.bind(exit, ctx, t);
    Object value = Ops.callDescriptor(enter, ctx);
    return new Object[] {boundExit, value};
  }

  /** {@code [aexit bound method, awaitable of __aenter__()]}. */
  static Object[] enterAsync(Object ctx) {
    PyType t = Types.of(ctx);
    Object enter = t.lookup("__aenter__");
    Object exit = t.lookup("__aexit__");
    if (enter == null || exit == null) {
      throw Errors.typeError("'" + t.name() + "' object does not support the asynchronous "
          + "context manager protocol");
    }
    Object boundExit = Attributes.bind(exit, ctx, t);
    Object awaitable = Ops.callDescriptor(enter, ctx);
    return new Object[] {boundExit, awaitable};
  }
}
