package corosim.vm;

/** The list and tuple types: constructors and methods. */
final class ListMethods {
  private ListMethods() {}

  private static PyList self(Object[] a) {
    return (PyList) a[0];
  }

  static void install() {
    PyType l = Types.LIST;
    l.setConstructor((a, k) -> {
      Args.exact("list", a, k, 0, 1);
      return a.length == 0 ? new PyList() : new PyList(Ops.toArray(a[0]));
    });
    l.method("append", (a, k) -> {
      Args.exact("append", a, k, 2, 2);
      self(a).append(a[1]);
      return PyNone.NONE;
    });
    l.method("extend", (a, k) -> {
      Collections.extend(self(a), a[1]);
      return PyNone.NONE;
    });
    l.method("insert", (a, k) -> {
      PyList list = self(a);
      long i = Ops.index(a[1]);
      if (i < 0) {
        i = Math.max(0, i + list.size());
      }
      list.insert((int) Math.min(i, list.size()), a[2]);
      return PyNone.NONE;
    });
    l.method("pop", (a, k) -> {
      PyList list = self(a);
      if (list.size() == 0) {
        throw Errors.indexError("pop from empty list");
      }
      long i = a.length > 1 ? Ops.index(a[1]) : -1;
      if (i < 0) {
        i += list.size();
      }
      if (i < 0 || i >= list.size()) {
        throw Errors.indexError("pop index out of range");
      }
      return list.removeAt((int) i);
    });
    l.method("remove", (a, k) -> {
      PyList list = self(a);
      for (int i = 0; i < list.size(); i++) {
        if (Ops.eq(list.get(i), a[1])) {
          list.removeAt(i);
          return PyNone.NONE;
        }
      }
      throw Errors.valueError("list.remove(x): x not in list");
    });
    l.method("index", (a, k) -> {
      PyList list = self(a);
      int start = a.length > 2 ? (int) clamp(Ops.index(a[2]), list.size()) : 0;
      int stop = a.length > 3 ? (int) clamp(Ops.index(a[3]), list.size()) : list.size();
      for (int i = start; i < stop; i++) {
        if (Ops.eq(list.get(i), a[1])) {
          return (long) i;
        }
      }
      throw Errors.valueError(Repr.repr(a[1]) + " is not in list");
    });
    l.method("count", (a, k) -> {
      PyList list = self(a);
      long n = 0;
      for (int i = 0; i < list.size(); i++) {
        if (Ops.eq(list.get(i), a[1])) {
          n++;
        }
      }
      return n;
    });
    l.method("reverse", (a, k) -> {
      PyList list = self(a);
      for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
        Object t = list.get(i);
        list.set(i, list.get(j));
        list.set(j, t);
      }
      return PyNone.NONE;
    });
    l.method("sort", (a, k) -> {
      if (Args.positional(a, k) > 1) {
        throw Errors.typeError("sort() takes no positional arguments");
      }
      sort(self(a), Args.keyword("sort", a, k, "key", PyNone.NONE, "reverse"),
          Ops.truthy(Args.keyword("sort", a, k, "reverse", false, "key")));
      return PyNone.NONE;
    });
    l.method("copy", (a, k) -> new PyList(self(a).toArray()));
    l.method("clear", (a, k) -> {
      self(a).clear();
      return PyNone.NONE;
    });
    l.method("__len__", (a, k) -> (long) self(a).size());
    l.method("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
    l.method("__setitem__", (a, k) -> {
      Ops.setItem(a[0], a[1], a[2]);
      return PyNone.NONE;
    });
    l.method("__contains__", (a, k) -> Ops.contains(a[0], a[1]));
    l.method("__iter__", (a, k) -> Ops.iter(a[0]));

    PyType t = Types.TUPLE;
    t.setConstructor((a, k) -> {
      Args.exact("tuple", a, k, 0, 1);
      if (a.length == 0) {
        return PyTuple.EMPTY;
      }
      return a[0] instanceof PyTuple tu ? tu : new PyTuple(Ops.toArray(a[0]));
    });
    t.method("index", (a, k) -> {
      Object[] items = ((PyTuple) a[0]).items();
      for (int i = 0; i < items.length; i++) {
        if (Ops.eq(items[i], a[1])) {
          return (long) i;
        }
      }
      throw Errors.valueError("tuple.index(x): x not in tuple");
    });
    t.method("count", (a, k) -> {
      long n = 0;
      for (Object o : ((PyTuple) a[0]).items()) {
        if (Ops.eq(o, a[1])) {
          n++;
        }
      }
      return n;
    });
    t.method("__len__", (a, k) -> (long) ((PyTuple) a[0]).size());
    t.method("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
    t.method("__contains__", (a, k) -> Ops.contains(a[0], a[1]));
    t.method("__iter__", (a, k) -> Ops.iter(a[0]));
  }

  private static long clamp(long i, int n) {
    if (i < 0) {
      i = Math.max(0, i + n);
    }
    return Math.min(i, n);
  }

  /** {@code list.sort(key=, reverse=)}: stable; the list is empty while sorting, as in CPython. */
  static void sort(PyList list, Object key, boolean reverse) {
    Object[] items = list.toArray();
    list.clear();
    Object[] keys = items;
    try {
      if (key != PyNone.NONE) {
        keys = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
          keys[i] = Ops.call(key, items[i]);
        }
      }
      // Without a key function the items are their own keys: sort a copy in lockstep.
      Sorting.sort(items, keys == items ? items.clone() : keys, items.length, reverse);
    } finally {
      if (list.size() != 0) {
        list.clear();
        list.replace(items);
        throw Errors.valueError("list modified during sort");
      }
      list.replace(items);
    }
  }
}
