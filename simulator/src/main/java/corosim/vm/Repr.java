package corosim.vm;

import java.math.BigInteger;
import java.util.IdentityHashMap;

/** {@code str()} and {@code repr()} of every value, as CPython prints them. */
public final class Repr {
  private Repr() {}

  /** Containers being printed, to show a self-reference as {@code [...]}. */
  private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  public static String str(Object o) {
    if (o instanceof String s) {
      return s;
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return o.toString();
    }
    if (o instanceof Double d) {
      return FloatFormat.repr(d);
    }
    if (o instanceof PyException e) {
      Object custom = userMethod(e, "__str__");
      if (custom != null) {
        return checkStr(Ops.callDescriptor(custom, e), "__str__");
      }
      return Exceptions.str(e);
    }
    if (o instanceof UserInstance || !Types.of(o).isBuiltin()) {
      Object custom = userMethod(o, "__str__");
      if (custom != null) {
        return checkStr(Ops.callDescriptor(custom, o), "__str__");
      }
      if (o instanceof PyBoxed b && b.value() instanceof String s) {
        return s; // str.__str__; other builtins inherit object.__str__, which calls repr
      }
      return repr(o);
    }
    Object foreign = foreignMethod(o, "__str__");
    if (foreign != null) {
      return checkStr(Ops.callDescriptor(foreign, o), "__str__");
    }
    return repr(o);
  }

  public static String repr(Object o) {
    if (o instanceof String s) {
      return quote(s);
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return o.toString();
    }
    if (o instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (o instanceof Double d) {
      return FloatFormat.repr(d);
    }
    if (o instanceof PyNone) {
      return o.toString();
    }
    if (o instanceof UserInstance u) {
      Object custom = UserInstance.override(u.type(), "__repr__");
      if (custom != null) {
        return checkStr(Ops.callDescriptor(custom, o), "__repr__");
      }
      if (o instanceof PyInstance) {
        PyType t = Types.of(o);
        return "<" + t.module() + "." + t.qualname() + " object at " + address(o) + ">";
      }
      return nativeRepr(UserInstance.unbox(o));
    }
    return nativeRepr(o);
  }

  /** The repr builtin types give (also to instances of their subclasses). */
  static String nativeRepr(Object o) {
    if (o instanceof String s) {
      return quote(s);
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return o.toString();
    }
    if (o instanceof Double d) {
      return FloatFormat.repr(d);
    }
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet
        || o instanceof DictView) {
      return container(o);
    }
    if (o instanceof PyException e) {
      Object custom = userMethod(e, "__repr__");
      if (custom != null) {
        return checkStr(Ops.callDescriptor(custom, e), "__repr__");
      }
      return Exceptions.repr(e);
    }
    if (o instanceof GenericAlias g) {
      return g.repr();
    }
    if (o instanceof PyType t) {
      Object custom = t.type() == Types.TYPE ? null : userMethod(t, "__repr__");
      if (custom != null) {
        return checkStr(Ops.callDescriptor(custom, t), "__repr__");
      }
      return t.toString();
    }
    if (o instanceof PyFunction f) {
      return "<function " + f.qualname() + " at " + address(f) + ">";
    }
    if (o instanceof PyMethod m) {
      Object fn = m.function();
      String name = fn instanceof PyFunction f ? f.qualname() : fn instanceof PyBuiltin b ? b.name() : "?";
      if (fn instanceof PyBuiltin b) {
        return "<built-in method " + b.name() + " of " + Types.of(m.self()).name() + " object at "
            + address(m.self()) + ">";
      }
      return "<bound method " + name + " of " + repr(m.self()) + ">";
    }
    if (o instanceof PyModule m) {
      return "<module '" + m.name() + "' (built-in)>";
    }
    if (o instanceof PyRange r) {
      return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
          : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
    }
    if (o instanceof PySlice s) {
      return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
    }
    if (o instanceof PyBytes b) {
      return b.repr();
    }
    if (o instanceof PyCoroutine c) {
      return "<coroutine object " + c.qualname() + " at " + address(c) + ">";
    }
    if (o instanceof PyGenerator g) {
      return "<generator object " + g.qualname() + " at " + address(g) + ">";
    }
    if (o instanceof PyAsyncGenerator g) {
      return "<async_generator object " + g.qualname() + " at " + address(g) + ">";
    }
    if (o instanceof PyBuiltin b) {
      return b.toString();
    }
    if (o instanceof PyCell) {
      return "<cell at " + address(o) + ">";
    }
    Object foreign = foreignMethod(o, "__repr__");
    if (foreign != null) {
      return checkStr(Ops.callDescriptor(foreign, o), "__repr__");
    }
    PyType t = Types.of(o);
    return "<" + (t.module().equals("builtins") ? "" : t.module() + ".") + t.name() + " object at "
        + address(o) + ">";
  }

  public static String ascii(Object o) {
    String r = repr(o);
    StringBuilder sb = new StringBuilder();
    r.codePoints().forEach(cp -> {
      if (cp < 128) {
        sb.append((char) cp);
      } else if (cp < 256) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    });
    return sb.toString();
  }

  private static Object userMethod(Object o, String name) {
    PyType t = Types.of(o);
    PyType owner = t.definingClass(name);
    if (owner == null || owner.isBuiltin()) {
      return null;
    }
    return t.lookup(name);
  }

  private static Object foreignMethod(Object o, String name) {
    if (o instanceof PyObject && !(o instanceof UserInstance)) {
      Object m = Types.of(o).lookup(name);
      return m instanceof PyBuiltin b && b.owner() != Types.OBJECT ? m : null;
    }
    Object m = Types.of(o).lookup(name);
    return m instanceof PyBuiltin b && b.owner() != Types.OBJECT ? m : null;
  }

  private static String checkStr(Object r, String method) {
    if (!(r instanceof String s)) {
      throw Errors.typeError(method + " returned non-string (type " + Types.of(r).name() + ")");
    }
    return s;
  }

  /** A deterministic stand-in for CPython's object address, e.g. {@code 0x7f3c00000a10}. */
  public static String address(Object o) {
    return String.format("0x7f%010x", Runtime.objectId(o) * 0x30 + 0x10);
  }

  private static String container(Object o) {
    IdentityHashMap<Object, Boolean> active = ACTIVE.get();
    if (active.containsKey(o)) {
      return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "(...)";
    }
    active.put(o, Boolean.TRUE);
    try {
      // A library or scenario class deriving from tuple or dict (namedtuple, Counter).
      Object custom = Types.of(o).isBuiltin() ? null : userMethod(o, "__repr__");
      if (custom != null) {
        return checkStr(Ops.callDescriptor(custom, o), "__repr__");
      }
      StringBuilder sb = new StringBuilder();
      if (o instanceof PyList l) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          sb.append(repr(l.get(i)));
        }
        return sb.append(']').toString();
      }
      if (o instanceof PyTuple t) {
        sb.append('(');
        for (int i = 0; i < t.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          sb.append(repr(t.get(i)));
        }
        if (t.size() == 1) {
          sb.append(',');
        }
        return sb.append(')').toString();
      }
      if (o instanceof PyDict d) {
        sb.append('{');
        boolean first = true;
        for (int i = 0; i < d.capacityUsed(); i++) {
          Object k = d.keyAt(i);
          if (k != null) {
            if (!first) {
              sb.append(", ");
            }
            first = false;
            sb.append(repr(k)).append(": ").append(repr(d.valueAt(i)));
          }
        }
        return sb.append('}').toString();
      }
      if (o instanceof DictView v) {
        sb.append(v.type().name()).append('(');
        sb.append(repr(new PyList(v.toArray())));
        return sb.append(')').toString();
      }
      PySet s = (PySet) o;
      // set_repr: a subclass shows its own name, as frozenset does
      boolean named = s.frozen() || s instanceof PySetInstance;
      String name = Types.of(s).name();
      if (s.size() == 0) {
        return name + "()";
      }
      if (named) {
        sb.append(name).append('(');
      }
      sb.append('{');
      boolean first = true;
      PyDict t = s.table();
      for (int i = 0; i < t.capacityUsed(); i++) {
        Object k = t.keyAt(i);
        if (k != null) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          sb.append(repr(k));
        }
      }
      sb.append('}');
      if (named) {
        sb.append(')');
      }
      return sb.toString();
    } finally {
      active.remove(o);
    }
  }

  /** {@code repr(s)} of a str: single quotes unless it contains ' and no ". */
  public static String quote(String s) {
    boolean single = s.indexOf('\'') >= 0;
    boolean dbl = s.indexOf('"') >= 0;
    char q = single && !dbl ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(q);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == q || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp < 0x100) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    return sb.append(q).toString();
  }

  /** Python's str.isprintable for one code point. */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    int t = Character.getType(cp);
    return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
        || t == Character.PRIVATE_USE || t == Character.UNASSIGNED
        || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
        || t == Character.SPACE_SEPARATOR);
  }

  /** The name a call error message uses for a callable: {@code f()}. */
  static String functionName(Object f) {
    if (f instanceof PyFunction fn) {
      // _PyObject_FunctionStr: module-qualified unless builtins
      String module = fn.moduleName();
      return (module.equals("builtins") ? "" : module + ".") + fn.qualname() + "()";
    }
    if (f instanceof PyBuiltin b) {
      return b.name() + "()";
    }
    if (f instanceof PyType t) {
      return t.name() + "()";
    }
    return Types.of(f).name() + " object";
  }
}
