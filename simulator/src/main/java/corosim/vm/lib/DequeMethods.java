package corosim.vm.lib;

import corosim.lang.Operator;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyNone;
import corosim.vm.PyType;
import corosim.vm.Types;

/** The methods of {@code collections.deque}, with the messages of CPython's _collectionsmodule.c. */
final class DequeMethods {
  private DequeMethods() {}

  /** Deques whose repr is being computed on this thread: a deque inside itself is [...]. */
  private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> REPRS =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  private static Deque self(Object[] a) {
    return CollectionsNative.deque(a[0]);
  }

  static void install() {
    PyType t = CollectionsNative.DEQUE;
    CollectionsNative.staticNew(t, (a, k) -> new Deque((PyType) a[0]));
    t.attribute("__hash__", PyNone.NONE);
    t.method("__init__", (a, k) -> {
      Deque d = self(a);
      Object iterable = Args.arg(a, k, 1, "iterable", PyNone.NONE);
      Object maxlen = Args.arg(a, k, 2, "maxlen", PyNone.NONE);
      if (maxlen != PyNone.NONE) {
        if (!Numbers.isInt(maxlen)) {
          throw Errors.typeError("an integer is required");
        }
        long m = Numbers.asLong(maxlen);
        if (m < 0) {
          throw Errors.valueError("maxlen must be non-negative");
        }
        d.maxlen = (int) Math.min(m, Integer.MAX_VALUE);
      } else {
        d.maxlen = -1;
      }
      if (d.size() > 0) {
        d.clear();
      }
      if (iterable != PyNone.NONE) {
        extend(d, iterable, false);
      }
      return PyNone.NONE;
    });
    t.method("append", (a, k) -> {
      Args.exact("append", a, k, 2, 2);
      self(a).append(a[1]);
      return PyNone.NONE;
    });
    t.method("appendleft", (a, k) -> {
      Args.exact("appendleft", a, k, 2, 2);
      self(a).appendLeft(a[1]);
      return PyNone.NONE;
    });
    t.method("pop", (a, k) -> {
      Args.exact("pop", a, k, 1, 1);
      return self(a).pop();
    });
    t.method("popleft", (a, k) -> {
      Args.exact("popleft", a, k, 1, 1);
      return self(a).popLeft();
    });
    t.method("extend", (a, k) -> {
      Args.exact("extend", a, k, 2, 2);
      extend(self(a), a[1], false);
      return PyNone.NONE;
    });
    t.method("extendleft", (a, k) -> {
      Args.exact("extendleft", a, k, 2, 2);
      extend(self(a), a[1], true);
      return PyNone.NONE;
    });
    t.method("clear", (a, k) -> {
      self(a).clear();
      return PyNone.NONE;
    });
    t.method("copy", (a, k) -> copy(self(a)));
    t.method("__copy__", (a, k) -> copy(self(a)));
    t.method("count", (a, k) -> {
      Args.exact("count", a, k, 2, 2);
      Deque d = self(a);
      long n = 0;
      int version = d.version;
      for (int i = 0; i < d.size(); i++) {
        if (Ops.eq(d.get(i), a[1])) {
          n++;
        }
        checkVersion(d, version);
      }
      return n;
    });
    t.method("index", (a, k) -> {
      Args.exact("index", a, k, 2, 4);
      Deque d = self(a);
      long start = a.length > 2 ? clampIndex(Ops.index(a[2]), d.size()) : 0;
      long stop = a.length > 3 ? clampIndex(Ops.index(a[3]), d.size()) : d.size();
      for (long i = start; i < stop && i < d.size(); i++) {
        if (Ops.eq(d.get((int) i), a[1])) {
          return i;
        }
      }
      throw Errors.valueError(corosim.vm.Repr.repr(a[1]) + " is not in deque");
    });
    t.method("insert", (a, k) -> {
      Args.exact("insert", a, k, 3, 3);
      Deque d = self(a);
      if (d.maxlen >= 0 && d.size() >= d.maxlen) {
        throw Errors.indexError("deque already at its maximum size");
      }
      int i = (int) clampIndex(Ops.index(a[1]), d.size());
      Object[] items = d.toArray();
      Object[] out = new Object[items.length + 1];
      System.arraycopy(items, 0, out, 0, i);
      out[i] = a[2];
      System.arraycopy(items, i, out, i + 1, items.length - i);
      d.replace(out);
      return PyNone.NONE;
    });
    t.method("remove", (a, k) -> {
      Args.exact("remove", a, k, 2, 2);
      Deque d = self(a);
      for (int i = 0; i < d.size(); i++) {
        if (Ops.eq(d.get(i), a[1])) {
          removeAt(d, i);
          return PyNone.NONE;
        }
      }
      throw Errors.valueError(corosim.vm.Repr.repr(a[1]) + " is not in deque");
    });
    t.method("reverse", (a, k) -> {
      Deque d = self(a);
      Object[] items = d.toArray();
      for (int i = 0, j = items.length - 1; i < j; i++, j--) {
        Object x = items[i];
        items[i] = items[j];
        items[j] = x;
      }
      int v = d.version;
      d.replace(items);
      d.version = v;
      return PyNone.NONE;
    });
    t.method("rotate", (a, k) -> {
      Args.exact("rotate", a, k, 1, 2);
      self(a).rotate(a.length > 1 ? Ops.index(a[1]) : 1);
      return PyNone.NONE;
    });
    t.attribute("maxlen", corosim.vm.Descriptors.getter((a, k) -> {
      int m = self(a).maxlen;
      return m < 0 ? PyNone.NONE : (Object) (long) m;
    }));
    t.method("__len__", (a, k) -> (long) self(a).size());
    t.method("__bool__", (a, k) -> self(a).size() > 0);
    t.method("__contains__", (a, k) -> {
      Deque d = self(a);
      int version = d.version;
      for (int i = 0; i < d.size(); i++) {
        if (Ops.eq(d.get(i), a[1])) {
          return true;
        }
        checkVersion(d, version);
      }
      return false;
    });
    t.method("__getitem__", (a, k) -> {
      Deque d = self(a);
      return d.get(index(d, a[1]));
    });
    t.method("__setitem__", (a, k) -> {
      Deque d = self(a);
      d.set(index(d, a[1]), a[2]);
      return PyNone.NONE;
    });
    t.method("__delitem__", (a, k) -> {
      Deque d = self(a);
      removeAt(d, index(d, a[1]));
      return PyNone.NONE;
    });
    t.method("__iter__", (a, k) -> iterator(self(a), false));
    t.method("__reversed__", (a, k) -> iterator(self(a), true));
    t.method("__repr__", (a, k) -> {
      Deque d = self(a);
      String name = Types.of(d).name();
      if (REPRS.get().containsKey(d)) {
        return "[...]";
      }
      REPRS.get().put(d, Boolean.TRUE);
      String items;
      try {
        items = corosim.vm.Repr.repr(new corosim.vm.PyList(d.toArray()));
      } finally {
        REPRS.get().remove(d);
      }
      return d.maxlen < 0 ? name + "(" + items + ")"
          : name + "(" + items + ", maxlen=" + d.maxlen + ")";
    });
    t.method("__eq__", (a, k) -> compare(a, Operator.Compare.EQ));
    t.method("__ne__", (a, k) -> compare(a, Operator.Compare.NE));
    t.method("__lt__", (a, k) -> compare(a, Operator.Compare.LT));
    t.method("__le__", (a, k) -> compare(a, Operator.Compare.LE));
    t.method("__gt__", (a, k) -> compare(a, Operator.Compare.GT));
    t.method("__ge__", (a, k) -> compare(a, Operator.Compare.GE));
    t.method("__add__", (a, k) -> {
      if (!(a[1] instanceof Deque other)) {
        throw Errors.typeError("can only concatenate deque (not \"" + Types.of(a[1]).name()
            + "\") to deque");
      }
      Deque out = copy(self(a));
      extend(out, new corosim.vm.PyList(other.toArray()), false);
      return out;
    });
    t.method("__iadd__", (a, k) -> {
      extend(self(a), a[1], false);
      return a[0];
    });
    t.method("__mul__", (a, k) -> repeat(self(a), a[1]));
    t.method("__rmul__", (a, k) -> repeat(self(a), a[1]));
  }

  private static long clampIndex(long i, int size) {
    if (i < 0) {
      i += size;
      if (i < 0) {
        i = 0;
      }
    }
    return Math.min(i, size);
  }

  private static int index(Deque d, Object key) {
    if (!Numbers.isInt(key) && Ops.callDunder(key, "__index__") == null) {
      throw Errors.typeError("sequence index must be integer, not '" + Types.of(key).name() + "'");
    }
    long i = Ops.index(key);
    if (i < 0) {
      i += d.size();
    }
    if (i < 0 || i >= d.size()) {
      throw Errors.indexError("deque index out of range");
    }
    return (int) i;
  }

  private static void removeAt(Deque d, int i) {
    Object[] items = d.toArray();
    Object[] out = new Object[items.length - 1];
    System.arraycopy(items, 0, out, 0, i);
    System.arraycopy(items, i + 1, out, i, items.length - i - 1);
    d.replace(out);
  }

  private static void checkVersion(Deque d, int version) {
    if (d.version != version) {
      throw Errors.runtimeError("deque mutated during iteration");
    }
  }

  static void extend(Deque d, Object iterable, boolean left) {
    if (iterable == d) {
      iterable = new corosim.vm.PyList(d.toArray());
    }
    Object it = Ops.iter(iterable);
    for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
      if (left) {
        d.appendLeft(v);
      } else {
        d.append(v);
      }
    }
  }

  static Deque copy(Deque d) {
    Deque out = new Deque(Types.of(d));
    out.maxlen = d.maxlen;
    for (int i = 0; i < d.size(); i++) {
      out.append(d.get(i));
    }
    return out;
  }

  private static Object repeat(Deque d, Object times) {
    if (!Numbers.isInt(times)) {
      return PyNone.NOT_IMPLEMENTED;
    }
    long n = Numbers.asLong(times);
    Deque out = copy(d);
    out.clear();
    Object[] items = d.toArray();
    for (long r = 0; r < n; r++) {
      for (Object o : items) {
        out.append(o);
      }
    }
    return out;
  }

  private static Object compare(Object[] a, Operator.Compare op) {
    if (!(a[1] instanceof Deque other)) {
      return PyNone.NOT_IMPLEMENTED;
    }
    return Ops.compare(op, new corosim.vm.PyList(self(a).toArray()),
        new corosim.vm.PyList(other.toArray()));
  }

  private static Object iterator(Deque d, boolean reversed) {
    int version = d.version;
    int[] i = {0};
    return LibIter.of(reversed ? CollectionsNative.DEQUE_REVERSE_ITERATOR
        : CollectionsNative.DEQUE_ITERATOR, () -> {
      if (d.version != version) {
        throw Errors.runtimeError("deque mutated during iteration");
      }
      if (i[0] >= d.size()) {
        return null;
      }
      Object v = reversed ? d.get(d.size() - 1 - i[0]) : d.get(i[0]);
      i[0]++;
      return v;
    });
  }
}
