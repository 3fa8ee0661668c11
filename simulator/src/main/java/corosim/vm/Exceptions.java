package corosim.vm;

import corosim.lang.Source;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Raising, matching, chaining and printing exceptions as CPython does. */
public final class Exceptions {
  private Exceptions() {}

  /** What {@code raise X} raises: an instance, or a class called with no arguments. */
  public static PyException instantiate(Object value) {
    if (value instanceof PyException e) {
      return e;
    }
    if (value instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
      Object made = Ops.call(t, new Object[0], null);
      if (made instanceof PyException e) {
        return e;
      }
      throw Errors.typeError("calling " + Repr.repr(t)
          + " should have returned an instance of BaseException, not " + Types.of(made).name());
    }
    throw Errors.typeError("exceptions must derive from BaseException");
  }

  /** CHECK_EXC_MATCH: does {@code e} match an except clause's class or tuple of classes. */
  static boolean matches(PyException e, Object type) {
    if (type instanceof PyTuple t) {
      for (Object o : t.items()) {
        if (matches(e, o)) {
          return true;
        }
      }
      return false;
    }
    if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Types.BASE_EXCEPTION)) {
      throw Errors.typeError(
          "catching classes that do not inherit from BaseException is not allowed");
    }
    return e.isInstance(pt);
  }

  /**
   * Sets the implicit {@code __context__} of a newly raised exception to the one being handled,
   * breaking any cycle the way CPython's _PyErr_SetObject does.
   */
  static void attachContext(PyException e, PyException handled) {
    e.contextAttached = true;
    if (handled == null || handled == e) {
      return;
    }
    // Break a cycle: if e appears in handled's context chain, cut the chain there.
    PyException o = handled;
    while (o.context() != null) {
      if (o.context() == e) {
        o.setContext(null);
        break;
      }
      o = o.context();
    }
    e.setContext(handled);
  }

  /** {@code str(e)} for builtin exception classes. */
  static String str(PyException e) {
    if (e instanceof PyExceptionGroup eg) {
      int n = eg.exceptions().size();
      return eg.message() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }
    if (e.isInstance(Types.OS_ERROR)) {
      String s = OsErrors.str(e);
      if (s != null) {
        return s;
      }
    }
    PyTuple args = e.args();
    if (e.isInstance(Types.KEY_ERROR) && args.size() == 1) {
      return Repr.repr(args.get(0));
    }
    if (args.size() == 0) {
      return "";
    }
    if (args.size() == 1) {
      return Repr.str(args.get(0));
    }
    return Repr.repr(args);
  }

  /** {@code repr(e)}: {@code ValueError('x')}. */
  static String repr(PyException e) {
    PyTuple args = e.args();
    String name = e.type().name();
    if (args.size() == 1) {
      return name + "(" + Repr.repr(args.get(0)) + ")";
    }
    return name + Repr.repr(args);
  }

  /** The last line of a traceback: {@code ValueError: boom}, module-qualified if not builtin. */
  public static String summary(PyException e) {
    PyType t = e.type();
    String name = t.module().equals("builtins") || t.module().equals("__main__")
        ? t.qualname() : t.module() + "." + t.qualname();
    String msg;
    try {
      msg = Repr.str(e);
    } catch (PyException inner) {
      msg = "<exception str() failed>";
    }
    return msg.isEmpty() ? name : name + ": " + msg;
  }

  /**
   * The full Python-style traceback of {@code e}, with its cause or context chain first, as
   * CPython's default excepthook prints it.
   */
  public static String format(PyException e, Map<String, Source> sources) {
    return TracebackPrinter.format(e, sources);
  }

  /**
   * The line corosim prints before the traceback of an exception that ended the run: what,
   * when (virtual time) and where (task) it was raised, e.g.
   * {@code corosim: uncaught ValueError at 2.000000 in Task-1 (main)}.
   */
  public static String uncaughtHeader(PyException e) {
    PyType t = e.type();
    String name = t.module().equals("builtins") || t.module().equals("__main__")
        ? t.qualname() : t.module() + "." + t.qualname();
    String when = Double.isNaN(e.raisedAt()) ? "" : " at " + stamp(e.raisedAt());
    String where = e.raisedIn() == null ? "" : " in " + e.raisedIn();
    return "corosim: uncaught " + name + when + where + "\n";
  }

  /** Seconds with six decimals, rounded half-even as C's printf (the --stamp format). */
  private static String stamp(double t) {
    return new java.math.BigDecimal(t).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
