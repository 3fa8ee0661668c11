package corosim.vm;

/** The dict, set, frozenset, range and slice types: constructors and methods. */
final class DictMethods {
  private DictMethods() {}

  private static PyDict self(Object[] a) {
    return (PyDict) a[0];
  }

  static void install() {
    PyType d = Types.DICT;
    d.setConstructor((a, k) -> {
      PyDict out = new PyDict();
      int n = Args.positional(a, k);
      if (n > 1) {
        throw Errors.typeError("dict expected at most 1 argument, got " + n);
      }
      if (n == 1) {
        Collections.dictUpdate(out, a[0], false, null);
      }
      if (k != null) {
        for (int i = 0; i < k.length; i++) {
          out.put(k[i], a[n + i]);
        }
      }
      return out;
    });
    d.method("get", (a, k) -> {
      Object v = self(a).get(a[1]);
      return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
    });
    d.method("keys", (a, k) -> new DictView(self(a), Iterators.DictIterator.KEYS));
    d.method("values", (a, k) -> new DictView(self(a), Iterators.DictIterator.VALUES));
    d.method("items", (a, k) -> new DictView(self(a), Iterators.DictIterator.ITEMS));
    d.method("pop", (a, k) -> {
      Object v = self(a).remove(a[1]);
      if (v == null) {
        if (a.length > 2) {
          return a[2];
        }
        throw Errors.keyError(a[1]);
      }
      return v;
    });
    d.method("popitem", (a, k) -> {
      PyDict dict = self(a);
      int p = dict.lastPosition();
      if (p < 0) {
        throw Errors.keyError("popitem(): dictionary is empty");
      }
      Object key = dict.keyAt(p);
      Object v = dict.valueAt(p);
      dict.remove(key);
      return PyTuple.of(key, v);
    });
    d.method("setdefault", (a, k) -> {
      PyDict dict = self(a);
      Object v = dict.get(a[1]);
      if (v == null) {
        v = a.length > 2 ? a[2] : PyNone.NONE;
        dict.put(a[1], v);
      }
      return v;
    });
    d.method("update", (a, k) -> {
      PyDict dict = self(a);
      int n = Args.positional(a, k);
      if (n > 1) {
        Collections.dictUpdate(dict, a[1], false, null);
      }
      if (k != null) {
        for (int i = 0; i < k.length; i++) {
          dict.put(k[i], a[n + i]);
        }
      }
      return PyNone.NONE;
    });
    d.method("copy", (a, k) -> self(a).copy());
    d.method("clear", (a, k) -> {
      self(a).clear();
      return PyNone.NONE;
    });
    d.attribute("fromkeys", new Descriptors.ClassMethod(new PyBuiltin("fromkeys", (a, k) -> {
      PyDict out = new PyDict();
      Object value = a.length > 2 ? a[2] : PyNone.NONE;
      Object it = Ops.iter(a[1]);
      for (Object key = Ops.next(it); key != null; key = Ops.next(it)) {
        out.put(key, value);
      }
      return out;
    })));
    d.method("__len__", (a, k) -> (long) self(a).size());
    d.method("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
    d.method("__setitem__", (a, k) -> {
      self(a).put(a[1], a[2]);
      return PyNone.NONE;
    });
    d.method("__delitem__", (a, k) -> {
      Ops.delItem(a[0], a[1]);
      return PyNone.NONE;
    });
    d.method("__contains__", (a, k) -> self(a).containsKey(a[1]));
    d.method("__iter__", (a, k) -> Ops.iter(a[0]));

    for (PyType view : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
      view.method("__iter__", (a, k) -> ((DictView) a[0]).iterator());
      view.method("__len__", (a, k) -> (long) ((DictView) a[0]).size());
      view.method("isdisjoint", (a, k) -> {
        DictView v = (DictView) a[0];
        Object it = Ops.iter(a[1]);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
          if (v.contains(x)) {
            return false;
          }
        }
        return true;
      });
    }

    installSet(Types.SET, false);
    installSet(Types.FROZENSET, true);

    PyType r = Types.RANGE;
    r.setConstructor((a, k) -> {
      Args.exact("range", a, k, 1, 3);
      if (a.length == 1) {
        return new PyRange(0, Ops.index(a[0]), 1);
      }
      return new PyRange(Ops.index(a[0]), Ops.index(a[1]), a.length > 2 ? Ops.index(a[2]) : 1);
    });
    r.attribute("start", Descriptors.getter((a, k) -> ((PyRange) a[0]).start));
    r.attribute("stop", Descriptors.getter((a, k) -> ((PyRange) a[0]).stop));
    r.attribute("step", Descriptors.getter((a, k) -> ((PyRange) a[0]).step));
    r.method("index", (a, k) -> {
      PyRange range = (PyRange) a[0];
      if (!Containers.rangeContains(range, a[1])) {
        throw Errors.valueError(Repr.repr(a[1]) + " is not in range");
      }
      return (Ops.index(a[1]) - range.start) / range.step;
    });
    r.method("count", (a, k) -> Containers.rangeContains((PyRange) a[0], a[1]) ? 1L : 0L);

    PyType s = Types.SLICE;
    s.setConstructor((a, k) -> {
      Args.exact("slice", a, k, 1, 3);
      if (a.length == 1) {
        return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
      }
      return new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
    });
    s.attribute("start", Descriptors.getter((a, k) -> ((PySlice) a[0]).start));
    s.attribute("stop", Descriptors.getter((a, k) -> ((PySlice) a[0]).stop));
    s.attribute("step", Descriptors.getter((a, k) -> ((PySlice) a[0]).step));
    s.method("indices", (a, k) -> {
      long[] idx = ((PySlice) a[0]).indices(Ops.index(a[1]));
      return PyTuple.of(idx[0], idx[1], idx[2]);
    });
  }

  private static PySet set(Object[] a) {
    return (PySet) a[0];
  }

  private static PySet other(Object o) {
    if (o instanceof PySet s) {
      return s;
    }
    PySet s = new PySet();
    Collections.update(s, o);
    return s;
  }

  private static void installSet(PyType t, boolean frozen) {
    t.setConstructor((a, k) -> {
      Args.exact(t.name(), a, k, 0, 1);
      PySet s = new PySet(frozen);
      if (a.length == 1) {
        Collections.update(s, a[0]);
      }
      return s;
    });
    if (!frozen) {
      t.method("add", (a, k) -> {
        set(a).add(a[1]);
        return PyNone.NONE;
      });
      t.method("discard", (a, k) -> {
        set(a).discard(a[1]);
        return PyNone.NONE;
      });
      t.method("remove", (a, k) -> {
        if (!set(a).discard(a[1])) {
          throw Errors.keyError(a[1]);
        }
        return PyNone.NONE;
      });
      t.method("pop", (a, k) -> {
        PyDict table = set(a).table();
        int p = table.nextPosition(0);
        if (p < 0) {
          throw Errors.keyError("pop from an empty set");
        }
        Object key = table.keyAt(p);
        table.remove(key);
        return key;
      });
      t.method("clear", (a, k) -> {
        set(a).clear();
        return PyNone.NONE;
      });
      t.method("update", (a, k) -> {
        for (int i = 1; i < a.length; i++) {
          Collections.update(set(a), a[i]);
        }
        return PyNone.NONE;
      });
      t.method("intersection_update", (a, k) -> {
        PySet r = (PySet) Sequences.binary(corosim.lang.Operator.Binary.BITAND, false, set(a), other(a[1]));
        set(a).clear();
        set(a).table().putAll(r.table());
        return PyNone.NONE;
      });
      t.method("difference_update", (a, k) -> {
        for (int i = 1; i < a.length; i++) {
          for (Object o : Ops.toArray(a[i])) {
            set(a).discard(o);
          }
        }
        return PyNone.NONE;
      });
    }
    t.method("copy", (a, k) -> set(a).copy(frozen));
    t.method("union", (a, k) -> {
      PySet out = set(a).copy(frozen);
      for (int i = 1; i < a.length; i++) {
        Collections.update(out, a[i]);
      }
      return out;
    });
    t.method("intersection", (a, k) -> {
      Object out = set(a).copy(frozen);
      for (int i = 1; i < a.length; i++) {
        out = Sequences.binary(corosim.lang.Operator.Binary.BITAND, false, out, other(a[i]));
      }
      return out;
    });
    t.method("difference", (a, k) -> {
      Object out = set(a).copy(frozen);
      for (int i = 1; i < a.length; i++) {
        out = Sequences.binary(corosim.lang.Operator.Binary.SUB, false, out, other(a[i]));
      }
      return out;
    });
    t.method("symmetric_difference", (a, k) ->
        Sequences.binary(corosim.lang.Operator.Binary.BITXOR, false, set(a), other(a[1])));
    t.method("issubset", (a, k) -> Ops.compare(corosim.lang.Operator.Compare.LE, set(a), other(a[1])));
    t.method("issuperset", (a, k) -> Ops.compare(corosim.lang.Operator.Compare.GE, set(a), other(a[1])));
    t.method("isdisjoint", (a, k) -> {
      for (Object o : Ops.toArray(a[1])) {
        if (set(a).contains(o)) {
          return false;
        }
      }
      return true;
    });
    t.method("__len__", (a, k) -> (long) set(a).size());
    t.method("__contains__", (a, k) -> set(a).contains(a[1]));
    t.method("__iter__", (a, k) -> Ops.iter(a[0]));
  }
}
