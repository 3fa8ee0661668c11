package corosim.vm;

import corosim.lang.Operator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The object protocols the interpreter and builtins share: truth, hashing, equality and
 * comparison, containment, items, iteration, calls and lengths. Builtin types take fast paths;
 * scenario classes go through their dunder methods.
 */
public final class Ops {
  private Ops() {}

  // ---- dunder dispatch

  /** Calls {@code type(self).name(self, *args)} if the type defines it; null (Java) if not. */
  public static Object callDunder(Object self, String name, Object... args) {
    PyType t = Types.of(self);
    if (t.isBuiltin() && !(self instanceof PyException)) {
      return null;
    }
    Object m = t.lookup(name);
    if (m == null || m == PyNone.NONE) {
      return null;
    }
    return callDescriptor(m, self, args);
  }

  /** Calls method descriptor {@code m} bound to {@code self}. */
  static Object callDescriptor(Object m, Object self, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = self;
    System.arraycopy(args, 0, all, 1, args.length);
    if (m instanceof PyFunction || m instanceof PyBuiltin) {
      return call(m, all, null);
    }
    return call(Attributes.bind(m, self, Types.of(self)), args, null);
  }

  // ---- truth

  public static boolean truthy(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v == PyNone.NONE) {
      return false;
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof UserInstance || v instanceof PyException) {
      Object r = callDunder(v, "__bool__");
      if (r != null) {
        if (!(r instanceof Boolean b)) {
          throw Errors.typeError("__bool__ should return bool, returned " + Types.of(r).name());
        }
        return b;
      }
      r = callDunder(v, "__len__");
      if (r != null) {
        return index(r) != 0;
      }
      v = UserInstance.unbox(v);
    }
    if (v instanceof Double d) {
      return d != 0.0;
    }
    if (v instanceof PyList l) {
      return l.size() > 0;
    }
    if (v instanceof PyTuple t) {
      return t.size() > 0;
    }
    if (v instanceof PyDict d) {
      return d.size() > 0;
    }
    if (v instanceof PySet s) {
      return s.size() > 0;
    }
    if (v instanceof BigInteger b) {
      return b.signum() != 0;
    }
    if (v instanceof PyRange r) {
      return r.length() > 0;
    }
    if (v instanceof PyBytes b) {
      return b.length() > 0;
    }
    return true;
  }

  // ---- identity, hashing, equality

  public static boolean is(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Long x && b instanceof Long y) {
      return x.longValue() == y.longValue();
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.booleanValue() == y.booleanValue();
    }
    if (a instanceof String x && b instanceof String y) {
      return x.equals(y);
    }
    return false;
  }

  public static int hash(Object v) {
    if (v instanceof String s) {
      return s.hashCode();
    }
    if (v instanceof Long l) {
      return Long.hashCode(l);
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Double d) {
      return Numbers.hashDouble(d);
    }
    if (v instanceof BigInteger b) {
      return b.hashCode();
    }
    if (v instanceof PyBytes b) {
      return b.hashCode();
    }
    if (v instanceof UserInstance || v instanceof PyException) {
      Object m = Types.of(v).lookup("__hash__");
      if (m == PyNone.NONE) {
        throw Errors.typeError("unhashable type: '" + Types.of(v).name() + "'");
      }
      if (m != null && !(m instanceof PyBuiltin)) {
        return (int) Numbers.hashOf(callDescriptor(m, v));
      }
      if (m instanceof PyBuiltin b && b.owner() != Types.OBJECT
          && b.owner() != Types.BASE_EXCEPTION) {
        return nativeHash(UserInstance.unbox(v)); // str.__hash__, tuple.__hash__, ...
      }
      return System.identityHashCode(v);
    }
    return nativeHash(v);
  }

  /** The hash builtin types compute (also for instances of their subclasses). */
  static int nativeHash(Object v) {
    if (v instanceof String || v instanceof Long || v instanceof Double
        || v instanceof BigInteger || v instanceof Boolean || v instanceof PyBytes) {
      return hash(v);
    }
    if (v instanceof GenericAlias g) {
      return nativeHash(g.args());
    }
    if (v instanceof PyTuple t) {
      int h = 0x345678;
      for (Object o : t.items()) {
        h = h * 1000003 ^ hash(o);
      }
      return h;
    }
    if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet s && !s.frozen())) {
      throw Errors.typeError("unhashable type: '" + Types.of(v).name() + "'");
    }
    if (v instanceof PySet s) {
      int h = 0;
      PyDict t = s.table();
      for (int i = 0; i < t.capacityUsed(); i++) {
        if (t.keyAt(i) != null) {
          h ^= hash(t.keyAt(i)) * 0x9e3779b9;
        }
      }
      return h;
    }
    return System.identityHashCode(v);
  }

  public static boolean eq(Object a, Object b) {
    if (a == b) {
      return !(a instanceof Double d && d.isNaN());
    }
    if (a instanceof String x && !(b instanceof UserInstance)) {
      return b instanceof String && x.equals(b);
    }
    if (a instanceof Long x && b instanceof Long y) {
      return x.longValue() == y.longValue();
    }
    return truthy(compare(Operator.Compare.EQ, a, b));
  }

  // ---- rich comparison

  private static final String[] COMPARE_DUNDERS = {
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"
  };
  private static final int[] REFLECTED = {0, 1, 4, 5, 2, 3};

  /** {@code a op b} for ==, !=, <, <=, >, >=. */
  public static Object compare(Operator.Compare op, Object a, Object b) {
    int o = op.ordinal();
    if (a instanceof Long x && b instanceof Long y) {
      return compareResult(o, Long.compare(x, y));
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      return Numbers.compare(o, a, b);
    }
    if (a instanceof String x && b instanceof String y) {
      return compareResult(o, x.compareTo(y));
    }
    boolean userA = a instanceof UserInstance || a instanceof PyException;
    boolean userB = b instanceof UserInstance || b instanceof PyException;
    if (userA || userB) {
      // The reflected method of a subclass operand goes first, as in CPython.
      boolean reflectFirst = userB && Types.of(b) != Types.of(a) && Types.of(b).isSubtypeOf(Types.of(a));
      if (reflectFirst) {
        Object r = callDunder(b, COMPARE_DUNDERS[REFLECTED[o]], a);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
          return r;
        }
      }
      if (userA) {
        Object r = callDunder(a, COMPARE_DUNDERS[o], b);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
          return r;
        }
      }
      if (userB && !reflectFirst) {
        Object r = callDunder(b, COMPARE_DUNDERS[REFLECTED[o]], a);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
          return r;
        }
      }
      if (o == 1 && userA) {
        Object r = callDunder(a, "__eq__", b);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) {
          return !truthy(r);
        }
      }
    }
    if (!userA && !userB) {
      Object r = Containers.compare(o, a, b);
      if (r != null) {
        return r;
      }
    }
    if (o == 0) {
      return a == b;
    }
    if (o == 1) {
      return a != b;
    }
    throw Errors.typeError("'" + op.symbol() + "' not supported between instances of '"
        + Types.of(a).name() + "' and '" + Types.of(b).name() + "'");
  }

  /**
   * The comparison of builtin values, for the builtin types' comparison dunders (which also
   * serve instances of subclasses): NotImplemented when the builtin type cannot compare them.
   */
  static Object compareNative(int op, Object a, Object b) {
    a = UserInstance.unbox(a);
    b = UserInstance.unbox(b);
    if (a instanceof PyInstance || b instanceof PyInstance || a instanceof PyException
        || b instanceof PyException || a instanceof PyBoxed || b instanceof PyBoxed) {
      return PyNone.NOT_IMPLEMENTED;
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      return Numbers.compare(op, a, b);
    }
    if (a instanceof String x && b instanceof String y) {
      return compareResult(op, x.compareTo(y));
    }
    Object r = Containers.compare(op, a, b);
    return r != null ? r : PyNone.NOT_IMPLEMENTED;
  }

  /** {@code x op y} for two ints (op an Operator.Compare ordinal, EQ..GE). */
  static boolean compareLongs(int op, long x, long y) {
    return switch (op) {
      case 0 -> x == y;
      case 1 -> x != y;
      case 2 -> x < y;
      case 3 -> x <= y;
      case 4 -> x > y;
      default -> x >= y;
    };
  }

  static Boolean compareResult(int op, int c) {
    return switch (op) {
      case 0 -> c == 0;
      case 1 -> c != 0;
      case 2 -> c < 0;
      case 3 -> c <= 0;
      case 4 -> c > 0;
      default -> c >= 0;
    };
  }

  /** {@code a < b} as a Java boolean, for sorting and min/max. */
  public static boolean lessThan(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x < y;
    }
    return truthy(compare(Operator.Compare.LT, a, b));
  }

  // ---- containment and items

  public static boolean contains(Object container, Object item) {
    if (container instanceof UserInstance u && !(container instanceof PyInstance)) {
      Object m = UserInstance.override(u.type(), "__contains__");
      if (m != null) {
        return truthy(callDescriptor(m, container, item));
      }
      container = UserInstance.unbox(container);
    }
    return nativeContains(container, item);
  }

  /** {@code item in container} as the builtin type of the container does it. */
  static boolean nativeContains(Object container, Object item) {
    if (container instanceof PyDict d) {
      return d.containsKey(item);
    }
    if (container instanceof PySet s) {
      return s.contains(item);
    }
    if (container instanceof String s) {
      if (!(item instanceof String sub)) {
        throw Errors.typeError("'in <string>' requires string as left operand, not "
            + Types.of(item).name());
      }
      return s.contains(sub);
    }
    if (container instanceof PyList l) {
      for (int i = 0; i < l.size(); i++) {
        if (eq(l.get(i), item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof PyTuple t) {
      for (Object o : t.items()) {
        if (eq(o, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof PyRange r) {
      return Containers.rangeContains(r, item);
    }
    if (container instanceof DictView v) {
      return v.contains(item);
    }
    Object r = callDunder(container, "__contains__", item);
    if (r != null) {
      return truthy(r);
    }
    Object it;
    try {
      it = iter(container);
    } catch (PyException e) {
      if (e.isInstance(Types.TYPE_ERROR) && e.traceback().isEmpty()) {
        throw Errors.typeError("argument of type '" + Types.of(container).name()
            + "' is not iterable");
      }
      throw e;
    }
    for (Object v = next(it); v != null; v = next(it)) {
      if (eq(v, item)) {
        return true;
      }
    }
    return false;
  }

  public static Object getItem(Object o, Object key) {
    return Containers.getItem(o, key);
  }

  public static void setItem(Object o, Object key, Object value) {
    Containers.setItem(o, key, value);
  }

  public static void delItem(Object o, Object key) {
    Containers.delItem(o, key);
  }

  // ---- iteration

  /** {@code iter(o)}: builtin iterators implement {@link PyIter}. */
  public static Object iter(Object o) {
    if (o instanceof UserInstance u && !(o instanceof PyInstance)) {
      Object m = UserInstance.override(u.type(), "__iter__");
      if (m != null) {
        return checkIterator(callDescriptor(m, o));
      }
      o = UserInstance.unbox(o);
    }
    return nativeIter(o);
  }

  /** {@code iter(o)} as the builtin type of {@code o} does it. */
  static Object nativeIter(Object o) {
    if (o instanceof PyList l) {
      return new Iterators.ListIterator(l);
    }
    if (o instanceof PyTuple t) {
      return new Iterators.ArrayIterator(t.items(), t.size(), Iterators.TUPLE_ITERATOR);
    }
    if (o instanceof PyRange r) {
      return new Iterators.RangeIterator(r);
    }
    if (o instanceof String s) {
      return new Iterators.StrIterator(s);
    }
    if (o instanceof PyDict d) {
      return new Iterators.DictIterator(d, Iterators.DictIterator.KEYS);
    }
    if (o instanceof PySet s) {
      return new Iterators.DictIterator(s.table(), Iterators.DictIterator.KEYS, Iterators.SET_ITERATOR);
    }
    if (o instanceof PyIter) {
      return o;
    }
    if (o instanceof DictView v) {
      return v.iterator();
    }
    Object r = callDunder(o, "__iter__");
    if (r != null) {
      return checkIterator(r);
    }
    if (Types.of(o).lookup("__getitem__") != null && !Types.of(o).isBuiltin()) {
      return new Iterators.SequenceIterator(o);
    }
    throw Errors.typeError("'" + Types.of(o).name() + "' object is not iterable");
  }

  private static Object checkIterator(Object r) {
    if (!(r instanceof PyIter) && Types.of(r).lookup("__next__") == null) {
      throw Errors.typeError("iter() returned non-iterator of type '" + Types.of(r).name() + "'");
    }
    return r;
  }

  /** {@code next(it)}, or Java null when the iterator is exhausted. */
  public static Object next(Object it) {
    if (it instanceof PyIter p) {
      return p.next();
    }
    Object m = Types.of(it).lookup("__next__");
    if (m == null) {
      throw Errors.typeError("'" + Types.of(it).name() + "' object is not an iterator");
    }
    try {
      return callDescriptor(m, it);
    } catch (PyException e) {
      if (e.isInstance(Types.STOP_ITERATION)) {
        return null;
      }
      throw e;
    }
  }

  /** All items of an iterable. */
  public static Object[] toArray(Object iterable) {
    if (!(iterable instanceof UserInstance)) {
      if (iterable instanceof PyTuple t) {
        return t.items().clone();
      }
      if (iterable instanceof PyList l) {
        return l.toArray();
      }
    }
    List<Object> out = new ArrayList<>();
    Object it = iter(iterable);
    for (Object v = next(it); v != null; v = next(it)) {
      out.add(v);
    }
    return out.toArray();
  }

  /** Exactly {@code n} items of an iterable, for unpacking assignments. */
  public static Object[] unpack(Object seq, int n) {
    Object[] items;
    if (seq instanceof PyTuple t && !(seq instanceof UserInstance)) {
      items = t.items();
    } else if (seq instanceof PyList l && !(seq instanceof UserInstance)) {
      items = l.toArray();
    } else {
      Object it;
      try {
        it = iter(seq);
      } catch (PyException e) {
        if (e.isInstance(Types.TYPE_ERROR)) {
          throw Errors.typeError("cannot unpack non-iterable " + Types.of(seq).name() + " object");
        }
        throw e;
      }
      Object[] out = new Object[n];
      int i = 0;
      for (Object v = next(it); v != null; v = next(it)) {
        if (i == n) {
          throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        out[i++] = v;
      }
      if (i < n) {
        throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
      }
      return out;
    }
    if (items.length != n) {
      if (items.length > n) {
        throw Errors.valueError("too many values to unpack (expected " + n + ")");
      }
      throw Errors.valueError(
          "not enough values to unpack (expected " + n + ", got " + items.length + ")");
    }
    return items;
  }

  // ---- calls

  public static Object call(Object callable, Object[] args, String[] kwNames) {
    if (callable instanceof PyCallable c) {
      return c.call(args, kwNames);
    }
    if (callable instanceof PyType t) {
      return Classes.instantiate(t, args, kwNames);
    }
    Object m = Types.of(callable).lookup("__call__");
    if (m != null && !Types.of(callable).isBuiltin()) {
      Object[] all = new Object[args.length + 1];
      all[0] = callable;
      System.arraycopy(args, 0, all, 1, args.length);
      return call(m, all, kwNames);
    }
    throw Errors.typeError("'" + Types.of(callable).name() + "' object is not callable");
  }

  /** {@code callable(o)}. */
  public static boolean isCallable(Object o) {
    return o instanceof PyCallable || o instanceof PyType
        || (!Types.of(o).isBuiltin() && Types.of(o).lookup("__call__") != null);
  }

  public static Object call(Object callable, Object... args) {
    return call(callable, args, null);
  }

  /** A call with a keyword dict (CALL_FUNCTION_EX, functools.partial). */
  public static Object callWithDict(Object callable, Object[] args, PyDict kwargs) {
    if (kwargs == null || kwargs.size() == 0) {
      return call(callable, args.clone(), null);
    }
    Object[] all = Arrays.copyOf(args, args.length + kwargs.size());
    String[] names = new String[kwargs.size()];
    int k = 0;
    for (int i = 0; i < kwargs.capacityUsed(); i++) {
      Object key = kwargs.keyAt(i);
      if (key != null) {
        if (!(key instanceof String s)) {
          throw Errors.typeError("keywords must be strings");
        }
        names[k] = s;
        all[args.length + k] = kwargs.valueAt(i);
        k++;
      }
    }
    return call(callable, all, names);
  }

  // ---- lengths and indices

  public static long len(Object o) {
    if (o instanceof String s) {
      return Strings.length(s);
    }
    if (o instanceof UserInstance u && !(o instanceof PyInstance)) {
      Object m = UserInstance.override(u.type(), "__len__");
      if (m != null) {
        return checkLen(callDescriptor(m, o));
      }
      o = UserInstance.unbox(o);
    }
    return nativeLen(o);
  }

  /** {@code len(o)} as the builtin type of {@code o} does it. */
  static long nativeLen(Object o) {
    if (o instanceof String s) {
      return Strings.length(s);
    }
    if (o instanceof PyList l) {
      return l.size();
    }
    if (o instanceof PyTuple t) {
      return t.size();
    }
    if (o instanceof PyDict d) {
      return d.size();
    }
    if (o instanceof PySet s) {
      return s.size();
    }
    if (o instanceof PyRange r) {
      return r.length();
    }
    if (o instanceof DictView v) {
      return v.size();
    }
    if (o instanceof PyBytes b) {
      return b.length();
    }
    Object r = callDunder(o, "__len__");
    if (r != null) {
      return checkLen(r);
    }
    throw Errors.typeError("object of type '" + Types.of(o).name() + "' has no len()");
  }

  private static long checkLen(Object r) {
    long n = index(r);
    if (n < 0) {
      throw Errors.valueError("__len__() should return >= 0");
    }
    return n;
  }

  /** {@code operator.index(o)} as a long: ints and bools; OverflowError beyond 64 bits. */
  public static long index(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof BigInteger b) {
      throw Errors.create(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
    }
    if (o instanceof PyBoxed b && UserInstance.override(b.type(), "__index__") == null
        && Numbers.isInt(b.value())) {
      return index(b.value());
    }
    Object r = callDunder(o, "__index__");
    if (r != null) {
      return index(r);
    }
    throw Errors.typeError("'" + Types.of(o).name()
        + "' object cannot be interpreted as an integer");
  }
}
