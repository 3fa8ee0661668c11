package corosim.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The builtins module: the functions and names every scenario sees without importing. */
final class Builtins {
  private Builtins() {}

  static PyDict create(Runtime rt) {
    PyModule m = new PyModule("builtins");
    PyDict d = m.dict();
    for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT,
        Types.STR, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE,
        Types.SLICE, Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD, Types.SUPER,
        Types.BYTES}) {
      d.put(t.name(), t);
    }
    for (PyType t : Types.BUILTIN_EXCEPTIONS) {
      d.put(t.name(), t);
    }
    d.put("EnvironmentError", Types.OS_ERROR);
    d.put("IOError", Types.OS_ERROR);
    d.put("None", PyNone.NONE);
    d.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
    d.put("Ellipsis", PyNone.ELLIPSIS);
    d.put("__debug__", Boolean.TRUE);
    d.put("__name__", "builtins");
    PyStream stdout = new PyStream(rt.output(), false);
    PyStream stderr = new PyStream(rt.output(), true);
    m.function("print", (a, k) -> {
      Object sep = Args.keyword("print", a, k, "sep", PyNone.NONE, "end", "file", "flush");
      Object end = Args.keyword("print", a, k, "end", PyNone.NONE, "sep", "file", "flush");
      Object file = Args.keyword("print", a, k, "file", PyNone.NONE, "sep", "end", "flush");
      String s = sep == PyNone.NONE ? " " : checkStr(sep, "sep");
      String e = end == PyNone.NONE ? "\n" : checkStr(end, "end");
      int n = Args.positional(a, k);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(s);
        }
        sb.append(Repr.str(a[i]));
      }
      sb.append(e);
      if (file == PyNone.NONE || file == stdout) {
        rt.output().write(sb.toString());
      } else if (file == stderr) {
        rt.output().error(sb.toString());
      } else {
        Ops.call(Attributes.get(file, "write"), sb.toString());
      }
      return PyNone.NONE;
    });
    m.define("__stdout__", stdout).define("__stderr__", stderr);
    m.function("len", (a, k) -> {
      Args.exact("len", a, k, 1, 1);
      return Ops.len(a[0]);
    });
    m.function("repr", (a, k) -> {
      Args.exact("repr", a, k, 1, 1);
      return Repr.repr(a[0]);
    });
    m.function("ascii", (a, k) -> Repr.ascii(a[0]));
    m.function("isinstance", (a, k) -> {
      Args.exact("isinstance", a, k, 2, 2);
      return isInstance(a[0], a[1]);
    });
    m.function("issubclass", (a, k) -> {
      Args.exact("issubclass", a, k, 2, 2);
      if (!(a[0] instanceof PyType t)) {
        throw Errors.typeError("issubclass() arg 1 must be a class");
      }
      return isSubclass(t, a[1]);
    });
    m.function("abs", (a, k) -> abs(a[0]));
    m.function("min", (a, k) -> minMax(a, k, true));
    m.function("max", (a, k) -> minMax(a, k, false));
    m.function("sum", (a, k) -> {
      Object total = Args.arg(a, k, 1, "start", 0L);
      Object it = Ops.iter(a[0]);
      for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
        total = Arith.binary(corosim.lang.Operator.Binary.ADD, false, total, v);
      }
      return total;
    });
    m.function("sorted", (a, k) -> {
      Args.count("sorted", a, k, 1, 1);
      PyList l = new PyList(Ops.toArray(a[0]));
      ListMethods.sort(l, Args.keyword("sorted", a, k, "key", PyNone.NONE, "reverse"),
          Ops.truthy(Args.keyword("sorted", a, k, "reverse", false, "key")));
      return l;
    });
    m.function("reversed", (a, k) -> {
      Object custom = Ops.callDunder(a[0], "__reversed__");
      if (custom != null) {
        return custom;
      }
      Object[] items = Ops.toArray(a[0]);
      for (int i = 0, j = items.length - 1; i < j; i++, j--) {
        Object t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
      return new Iterators.ArrayIterator(items, items.length, REVERSED);
    });
    m.function("enumerate", (a, k) -> {
      Object it = Ops.iter(Args.arg(a, k, 0, "iterable", null));
      long[] i = {Ops.index(Args.arg(a, k, 1, "start", 0L))};
      return new Iterators.Computed(ENUMERATE, () -> {
        Object v = Ops.next(it);
        return v == null ? null : PyTuple.of(i[0]++, v);
      });
    });
    m.function("zip", (a, k) -> {
      boolean strict = Ops.truthy(Args.keyword("zip", a, k, "strict", false));
      int n = Args.positional(a, k);
      Object[] its = new Object[n];
      for (int i = 0; i < n; i++) {
        its[i] = Ops.iter(a[i]);
      }
      return new Iterators.Computed(ZIP, () -> {
        if (n == 0) {
          return null;
        }
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = Ops.next(its[i]);
          if (row[i] == null) {
            if (strict && i > 0) {
              throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument 1");
            }
            return null;
          }
        }
        return new PyTuple(row);
      });
    });
    m.function("map", (a, k) -> {
      Object fn = a[0];
      Object[] its = new Object[a.length - 1];
      for (int i = 1; i < a.length; i++) {
        its[i - 1] = Ops.iter(a[i]);
      }
      return new Iterators.Computed(MAP, () -> {
        Object[] args = new Object[its.length];
        for (int i = 0; i < its.length; i++) {
          args[i] = Ops.next(its[i]);
          if (args[i] == null) {
            return null;
          }
        }
        return Ops.call(fn, args, null);
      });
    });
    m.function("filter", (a, k) -> {
      Object fn = a[0];
      Object it = Ops.iter(a[1]);
      return new Iterators.Computed(FILTER, () -> {
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
          if (fn == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(fn, v))) {
            return v;
          }
        }
        return null;
      });
    });
    m.function("any", (a, k) -> {
      Object it = Ops.iter(a[0]);
      for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
        if (Ops.truthy(v)) {
          return true;
        }
      }
      return false;
    });
    m.function("all", (a, k) -> {
      Object it = Ops.iter(a[0]);
      for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
        if (!Ops.truthy(v)) {
          return false;
        }
      }
      return true;
    });
    m.function("round", (a, k) -> round(Args.arg(a, k, 0, "number", null),
        Args.arg(a, k, 1, "ndigits", PyNone.NONE)));
    m.function("divmod", (a, k) -> {
      if (a[0] instanceof Double || a[1] instanceof Double) {
        double y = Numbers.toDouble(a[1]);
        if (y == 0) {
          throw Errors.zeroDivision("float divmod()");
        }
        double[] r = Numbers.floatDivmod(Numbers.toDouble(a[0]), y);
        return PyTuple.of(r[0], r[1]);
      }
      return PyTuple.of(
          Arith.binary(corosim.lang.Operator.Binary.FLOORDIV, false, a[0], a[1]),
          Arith.binary(corosim.lang.Operator.Binary.MOD, false, a[0], a[1]));
    });
    m.function("pow", (a, k) -> {
      if (a.length == 3 && a[2] != PyNone.NONE) {
        return Numbers.normalize(Numbers.big(a[0]).modPow(Numbers.big(a[1]), Numbers.big(a[2])));
      }
      return Arith.binary(corosim.lang.Operator.Binary.POW, false, a[0], a[1]);
    });
    m.function("hash", (a, k) -> (long) Ops.hash(a[0]));
    m.function("id", (a, k) -> Runtime.objectId(a[0]) * 0x30 + 0x7f0000000010L);
    m.function("iter", (a, k) -> {
      if (a.length == 2) {
        Object fn = a[0];
        Object sentinel = a[1];
        return new Iterators.Computed(CALLABLE_ITERATOR, () -> {
          Object v = Ops.call(fn);
          return Ops.eq(v, sentinel) ? null : v;
        });
      }
      return Ops.iter(a[0]);
    });
    m.function("next", (a, k) -> {
      Object v;
      try {
        if (!(a[0] instanceof PyIter) && Types.of(a[0]).lookup("__next__") == null) {
          throw Errors.typeError("'" + Types.of(a[0]).name() + "' object is not an iterator");
        }
        if (a[0] instanceof PyGenerator g) {
          return g.pySend(PyNone.NONE); // StopIteration carries the return value
        }
        v = a[0] instanceof PyIter p ? p.next() : Ops.callDescriptor(Types.of(a[0]).lookup("__next__"), a[0]);
      } catch (PyException e) {
        if (a.length > 1 && e.isInstance(Types.STOP_ITERATION)) {
          return a[1];
        }
        throw e;
      }
      if (v == null) {
        if (a.length > 1) {
          return a[1];
        }
        throw Errors.create(Types.STOP_ITERATION);
      }
      return v;
    });
    m.function("getattr", (a, k) -> {
      String name = Args.str(a[1], "getattr", 2);
      try {
        return Attributes.get(a[0], name);
      } catch (PyException e) {
        if (a.length > 2 && e.isInstance(Types.ATTRIBUTE_ERROR)) {
          return a[2];
        }
        throw e;
      }
    });
    m.function("setattr", (a, k) -> {
      Attributes.set(a[0], Args.str(a[1], "setattr", 2), a[2]);
      return PyNone.NONE;
    });
    m.function("delattr", (a, k) -> {
      Attributes.delete(a[0], Args.str(a[1], "delattr", 2));
      return PyNone.NONE;
    });
    m.function("hasattr", (a, k) -> Attributes.has(a[0], Args.str(a[1], "hasattr", 2)));
    m.function("callable", (a, k) -> Ops.isCallable(a[0]));
    m.function("chr", (a, k) -> {
      long c = Ops.index(a[0]);
      if (c < 0 || c > 0x10ffff) {
        throw Errors.valueError("chr() arg not in range(0x110000)");
      }
      return new String(Character.toChars((int) c));
    });
    m.function("ord", (a, k) -> {
      if (!(a[0] instanceof String s) || Strings.length(s) != 1) {
        throw Errors.typeError("ord() expected a character, but string of length "
            + (a[0] instanceof String s2 ? Strings.length(s2) : 0) + " found");
      }
      return (long) s.codePointAt(0);
    });
    m.function("hex", (a, k) -> prefixed(a[0], 16, "0x"));
    m.function("oct", (a, k) -> prefixed(a[0], 8, "0o"));
    m.function("bin", (a, k) -> prefixed(a[0], 2, "0b"));
    m.function("format", (a, k) -> Format.format(a[0], a.length > 1 ? (String) a[1] : ""));
    m.function("vars", (a, k) -> {
      PyDict dict = Attributes.instanceDict(a[0]);
      if (a[0] instanceof PyModule mod) {
        return mod.dict();
      }
      if (a[0] instanceof PyType t) {
        return t.dict();
      }
      if (dict == null) {
        throw Errors.typeError("vars() argument must have __dict__ attribute");
      }
      return dict;
    });
    m.function("dir", (a, k) -> dir(a.length == 0 ? PyNone.NONE : a[0]));
    m.function("input", (a, k) -> {
      throw Errors.create(Types.EOF_ERROR, "EOF when reading a line");
    });
    m.function("open", (a, k) -> {
      throw Errors.create(Types.PERMISSION_ERROR,
          "corosim scenarios cannot open real files (the sandbox has no file system yet)");
    });
    m.function("exit", (a, k) -> {
      throw Errors.create(Types.SYSTEM_EXIT, a.length == 0 ? new Object[0] : new Object[] {a[0]});
    });
    m.function("quit", (a, k) -> {
      throw Errors.create(Types.SYSTEM_EXIT, a.length == 0 ? new Object[0] : new Object[] {a[0]});
    });
    m.function("aiter", (a, k) -> Awaitables.aiter(a[0]));
    m.function("anext", (a, k) -> {
      Args.exact("anext", a, k, 1, 2);
      Object aw = Awaitables.anext(a[0]);
      return a.length == 2 ? new Awaitables.WithDefault(aw, a[1]) : aw;
    });
    m.function("globals", (a, k) -> {
      throw Errors.runtimeError("globals() is not supported by corosim");
    });
    d.put("__build_class__", new PyBuiltin("__build_class__", (a, k) -> Classes.build(rt, a, k)));
    return d;
  }

  static final PyType ENUMERATE = iteratorType("enumerate");
  static final PyType ZIP = iteratorType("zip");
  static final PyType MAP = iteratorType("map");
  static final PyType FILTER = iteratorType("filter");
  static final PyType REVERSED = iteratorType("reversed");
  static final PyType CALLABLE_ITERATOR = iteratorType("callable_iterator");

  private static PyType iteratorType(String name) {
    PyType t = PyType.builtin(name, PyType.Layout.NATIVE);
    BuiltinTypes.iteratorMethods(t);
    return t;
  }

  private static String checkStr(Object o, String what) {
    if (o instanceof String s) {
      return s;
    }
    throw Errors.typeError(what + " must be None or a string, not " + Types.of(o).name());
  }

  static boolean isInstance(Object o, Object cls) {
    if (cls instanceof PyTuple t) {
      for (Object c : t.items()) {
        if (isInstance(o, c)) {
          return true;
        }
      }
      return false;
    }
    if (cls instanceof GenericAlias g) {
      if (!g.isUnion()) {
        throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
      }
      return isInstance(o, g.args());
    }
    if (!(cls instanceof PyType t)) {
      throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    Object check = t.type().lookup("__instancecheck__");
    if (check instanceof PyFunction) {
      return Ops.truthy(Ops.call(check, t, o));
    }
    return Types.of(o).isSubtypeOf(t);
  }

  static boolean isSubclass(PyType t, Object cls) {
    if (cls instanceof PyTuple tu) {
      for (Object c : tu.items()) {
        if (isSubclass(t, c)) {
          return true;
        }
      }
      return false;
    }
    if (!(cls instanceof PyType c)) {
      throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return t.isSubtypeOf(c);
  }

  static Object abs(Object o) {
    if (o instanceof Long l) {
      return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : Math.abs(l);
    }
    if (o instanceof Double d) {
      return Math.abs(d);
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (o instanceof BigInteger b) {
      return Numbers.normalize(b.abs());
    }
    Object r = Ops.callDunder(o, "__abs__");
    if (r != null) {
      return r;
    }
    throw Errors.typeError("bad operand type for abs(): '" + Types.of(o).name() + "'");
  }

  private static Object minMax(Object[] a, String[] k, boolean min) {
    String name = min ? "min" : "max";
    Object key = Args.keyword(name, a, k, "key", PyNone.NONE, "default");
    Object dflt = Args.keyword(name, a, k, "default", null, "key");
    int n = Args.positional(a, k);
    Object[] items;
    if (n == 1) {
      items = Ops.toArray(a[0]);
    } else if (n == 0) {
      throw Errors.typeError(name + " expected at least 1 argument, got 0");
    } else {
      items = java.util.Arrays.copyOf(a, n);
    }
    if (items.length == 0) {
      if (dflt != null) {
        return dflt;
      }
      throw Errors.valueError(name + "() arg is an empty sequence");
    }
    Object best = items[0];
    Object bestKey = key == PyNone.NONE ? best : Ops.call(key, best);
    for (int i = 1; i < items.length; i++) {
      Object kv = key == PyNone.NONE ? items[i] : Ops.call(key, items[i]);
      if (min ? Ops.lessThan(kv, bestKey) : Ops.lessThan(bestKey, kv)) {
        best = items[i];
        bestKey = kv;
      }
    }
    return best;
  }

  /** {@code round(x, ndigits)}: half-even, exact on the binary value as CPython. */
  static Object round(Object x, Object ndigits) {
    if (x instanceof Double d) {
      if (ndigits == PyNone.NONE) {
        if (Double.isNaN(d)) {
          throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
          throw Errors.overflow("cannot convert float infinity to integer");
        }
        return Numbers.normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
      }
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return d;
      }
      int n = (int) Ops.index(ndigits);
      if (n > 330) {
        return d;
      }
      if (n < -330) {
        return 0.0 * d;
      }
      double r = new BigDecimal(d).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
      return r == 0 ? Math.copySign(0.0, d) : r;
    }
    if (Numbers.isInt(x)) {
      Object v = x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
      if (ndigits == PyNone.NONE || Ops.index(ndigits) >= 0) {
        return v;
      }
      int n = (int) -Ops.index(ndigits);
      BigDecimal r = new BigDecimal(Numbers.big(v)).setScale(-n, RoundingMode.HALF_EVEN);
      return Numbers.normalize(r.toBigInteger());
    }
    Object r = ndigits == PyNone.NONE ? Ops.callDunder(x, "__round__")
        : Ops.callDunder(x, "__round__", ndigits);
    if (r != null) {
      return r;
    }
    throw Errors.typeError("type " + Types.of(x).name() + " doesn't define __round__ method");
  }

  static Object floatToInt(double d) {
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw Errors.overflow("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 9.2e18) {
      return (long) d;
    }
    return Numbers.normalize(new BigDecimal(d).toBigInteger());
  }

  private static String prefixed(Object o, int radix, String prefix) {
    BigInteger v = Numbers.big(Ops.index(o) == 0 && !Numbers.isInt(o) ? 0L : o);
    String digits = v.abs().toString(radix);
    return (v.signum() < 0 ? "-" : "") + prefix + digits;
  }

  static PyList dir(Object o) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    if (o instanceof PyModule m) {
      addKeys(names, m.dict());
    } else {
      PyType t = o instanceof PyType pt ? pt : Types.of(o);
      for (PyType c : t.mro()) {
        addKeys(names, c.dict());
      }
      PyDict d = Attributes.instanceDict(o);
      if (d != null) {
        addKeys(names, d);
      }
    }
    PyList out = new PyList();
    for (String n : names) {
      out.append(n);
    }
    return out;
  }

  private static void addKeys(java.util.Set<String> names, PyDict d) {
    for (int i = 0; i < d.capacityUsed(); i++) {
      if (d.keyAt(i) instanceof String s) {
        names.add(s);
      }
    }
  }
}
