package corosim.vm;

import java.math.BigInteger;

/** Subscription and comparison of builtin containers. */
final class Containers {
  private Containers() {}

  static Object getItem(Object o, Object key) {
    if (o instanceof UserInstance u && !(o instanceof PyInstance)) {
      Object m = UserInstance.override(u.type(), "__getitem__");
      if (m != null) {
        return Ops.callDescriptor(m, o, key);
      }
      return nativeGetItem(UserInstance.unbox(o), key);
    }
    return nativeGetItem(o, key);
  }

  /** {@code o[key]} as the builtin type of {@code o} does it (also for a subclass instance). */
  static Object nativeGetItem(Object o, Object key) {
    if (o instanceof PyList l) {
      if (key instanceof PySlice s) {
        return new PyList(sliceOf(l.toArray(), l.size(), s));
      }
      return l.get(checkIndex(key, l.size(), "list"));
    }
    if (o instanceof PyDict d) {
      Object v = d.get(key);
      if (v == null) {
        Object missing = Ops.callDunder(d, "__missing__", key);
        if (missing != null) {
          return missing;
        }
        throw Errors.keyError(key);
      }
      return v;
    }
    if (o instanceof PyTuple t) {
      if (key instanceof PySlice s) {
        return new PyTuple(sliceOf(t.items(), t.size(), s));
      }
      return t.get(checkIndex(key, t.size(), "tuple"));
    }
    if (o instanceof String s) {
      if (key instanceof PySlice sl) {
        return sliceString(s, sl);
      }
      int i = checkIndex(key, (int) Strings.length(s), "string");
      return Strings.charAt(s, i);
    }
    if (o instanceof PyRange r) {
      if (key instanceof PySlice sl) {
        long[] idx = sl.indices(r.length());
        return new PyRange(r.get(idx[0]), r.get(idx[0]) + idx[3] * idx[2] * r.step, idx[2] * r.step);
      }
      long n = r.length();
      long i = Ops.index(key);
      if (i < 0) {
        i += n;
      }
      if (i < 0 || i >= n) {
        throw Errors.indexError("range object index out of range");
      }
      return r.get(i);
    }
    if (o instanceof PyBytes b) {
      return b.getItem(key);
    }
    if (o instanceof PyType t) {
      Object metaItem = t.type() == Types.TYPE ? null
          : UserInstance.override(t.type(), "__getitem__");
      if (metaItem != null) {
        return Ops.callDescriptor(metaItem, t, key); // a metaclass's __getitem__ (Enum['RED'])
      }
      Object cg = t.lookup("__class_getitem__");
      if (cg != null) {
        return Ops.call(Attributes.bind(cg, t, t), key);
      }
      if (t == Types.TYPE || !t.isBuiltin() || t.module().equals("builtins")
          && t != Types.LIST && t != Types.DICT && t != Types.TUPLE && t != Types.SET
          && t != Types.FROZENSET) {
        throw Errors.typeError("type '" + t.name() + "' is not subscriptable");
      }
      return GenericAlias.of(t, key); // list[int], asyncio.Future[str]: types.GenericAlias
    }
    Object r = Ops.callDunder(o, "__getitem__", key);
    if (r != null) {
      return r;
    }
    throw Errors.typeError("'" + Types.of(o).name() + "' object is not subscriptable");
  }

  static void setItem(Object o, Object key, Object value) {
    if (o instanceof UserInstance u && !(o instanceof PyInstance)) {
      Object m = UserInstance.override(u.type(), "__setitem__");
      if (m != null) {
        Ops.callDescriptor(m, o, key, value);
        return;
      }
    }
    nativeSetItem(o, key, value);
  }

  static void nativeSetItem(Object o, Object key, Object value) {
    if (o instanceof PyDict d) {
      d.put(key, value);
      return;
    }
    if (o instanceof PyList l) {
      if (key instanceof PySlice s) {
        assignSlice(l, s, value);
        return;
      }
      l.set(checkIndex(key, l.size(), "list assignment"), value);
      return;
    }
    if (o instanceof PyDict d) {
      d.put(key, value);
      return;
    }
    if (Ops.callDunder(o, "__setitem__", key, value) != null) {
      return;
    }
    throw Errors.typeError("'" + Types.of(o).name() + "' object does not support item assignment");
  }

  static void delItem(Object o, Object key) {
    if (o instanceof UserInstance u && !(o instanceof PyInstance)) {
      Object m = UserInstance.override(u.type(), "__delitem__");
      if (m != null) {
        Ops.callDescriptor(m, o, key);
        return;
      }
    }
    nativeDelItem(o, key);
  }

  static void nativeDelItem(Object o, Object key) {
    if (o instanceof PyDict d) {
      if (d.remove(key) == null) {
        throw Errors.keyError(key);
      }
      return;
    }
    if (o instanceof PyList l) {
      if (key instanceof PySlice s) {
        long[] idx = s.indices(l.size());
        java.util.List<Object> keep = new java.util.ArrayList<>();
        java.util.Set<Long> drop = new java.util.HashSet<>();
        for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
          drop.add(p);
        }
        for (int i = 0; i < l.size(); i++) {
          if (!drop.contains((long) i)) {
            keep.add(l.get(i));
          }
        }
        l.replace(keep.toArray());
        return;
      }
      l.removeAt(checkIndex(key, l.size(), "list assignment"));
      return;
    }
    if (Ops.callDunder(o, "__delitem__", key) != null) {
      return;
    }
    throw Errors.typeError("'" + Types.of(o).name() + "' object doesn't support item deletion");
  }

  static int checkIndex(Object key, int size, String what) {
    if (!(key instanceof Long || key instanceof Boolean || key instanceof BigInteger)) {
      if (Types.of(key).lookup("__index__") == null || Types.of(key).isBuiltin()) {
        String kind = what.equals("list assignment") ? "list" : what;
        throw Errors.typeError(kind + " indices must be integers or slices, not "
            + Types.of(key).name());
      }
    }
    long i;
    try {
      i = Ops.index(key);
    } catch (PyException e) {
      throw Errors.indexError("cannot fit 'int' into an index-sized integer");
    }
    if (i < 0) {
      i += size;
    }
    if (i < 0 || i >= size) {
      throw Errors.indexError(what + " index out of range");
    }
    return (int) i;
  }

  static Object[] sliceOf(Object[] items, int size, PySlice s) {
    long[] idx = s.indices(size);
    Object[] out = new Object[(int) idx[3]];
    for (int i = 0; i < out.length; i++) {
      out[i] = items[(int) (idx[0] + i * idx[2])];
    }
    return out;
  }

  static String sliceString(String s, PySlice sl) {
    int n = (int) Strings.length(s);
    long[] idx = sl.indices(n);
    if (idx[2] == 1) {
      return idx[3] == 0 ? "" : Strings.substring(s, (int) idx[0], (int) (idx[0] + idx[3]));
    }
    int[] cps = Strings.codePoints(s);
    StringBuilder sb = new StringBuilder();
    for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
      sb.appendCodePoint(cps[(int) p]);
    }
    return sb.toString();
  }

  private static void assignSlice(PyList l, PySlice s, Object value) {
    Object[] items = Ops.toArray(value);
    long[] idx = s.indices(l.size());
    if (idx[2] == 1) {
      Object[] old = l.toArray();
      int start = (int) idx[0];
      int stop = (int) Math.max(idx[0], idx[1]);
      Object[] out = new Object[old.length - (stop - start) + items.length];
      System.arraycopy(old, 0, out, 0, start);
      System.arraycopy(items, 0, out, start, items.length);
      System.arraycopy(old, stop, out, start + items.length, old.length - stop);
      l.replace(out);
      return;
    }
    if (items.length != idx[3]) {
      throw Errors.valueError("attempt to assign sequence of size " + items.length
          + " to extended slice of size " + idx[3]);
    }
    for (int i = 0; i < items.length; i++) {
      l.set((int) (idx[0] + i * idx[2]), items[i]);
    }
  }

  static boolean rangeContains(PyRange r, Object item) {
    if (!(item instanceof Long || item instanceof Boolean)) {
      if (item instanceof Double d) {
        return d == Math.rint(d) && rangeContains(r, (long) (double) d) ;
      }
      return false;
    }
    long v = Ops.index(item);
    if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
      return false;
    }
    return (v - r.start) % r.step == 0;
  }

  /** Comparisons of builtin containers; null when the pair has no defined ordering. */
  static Object compare(int op, Object a, Object b) {
    if (a instanceof PyList x && b instanceof PyList y) {
      return sequences(op, x.toArray(), y.toArray());
    }
    if (a instanceof PyTuple x && b instanceof PyTuple y) {
      return sequences(op, x.items(), y.items());
    }
    if (a instanceof PyDict x && b instanceof PyDict y && op <= 1) {
      boolean eq = x.size() == y.size();
      if (eq) {
        for (int i = 0; i < x.capacityUsed() && eq; i++) {
          Object k = x.keyAt(i);
          if (k != null) {
            Object v = y.get(k);
            eq = v != null && Ops.eq(x.valueAt(i), v);
          }
        }
      }
      return op == 0 ? eq : !eq;
    }
    if (a instanceof PySet x && b instanceof PySet y) {
      boolean sub = subset(x, y);
      boolean sup = subset(y, x);
      return switch (op) {
        case 0 -> sub && sup;
        case 1 -> !(sub && sup);
        case 2 -> sub && !sup;
        case 3 -> sub;
        case 4 -> sup && !sub;
        default -> sup;
      };
    }
    if (a instanceof PyRange x && b instanceof PyRange y && op <= 1) {
      boolean eq = x.length() == y.length()
          && (x.length() == 0 || (x.start == y.start && (x.length() == 1 || x.step == y.step)));
      return op == 0 ? eq : !eq;
    }
    if (a instanceof DictView x && b instanceof DictView y && op <= 1) {
      return x.compare(op, y);
    }
    if (a instanceof GenericAlias x && b instanceof GenericAlias y && op <= 1) {
      boolean eq = x.sameAs(y);
      return op == 0 ? eq : !eq;
    }
    if (a instanceof PyBytes x && b instanceof PyBytes y) {
      return Ops.compareResult(op, x.compareTo(y));
    }
    return null;
  }

  private static boolean subset(PySet x, PySet y) {
    if (x.size() > y.size()) {
      return false;
    }
    PyDict t = x.table();
    for (int i = 0; i < t.capacityUsed(); i++) {
      Object k = t.keyAt(i);
      if (k != null && !y.contains(k)) {
        return false;
      }
    }
    return true;
  }

  private static Object sequences(int op, Object[] x, Object[] y) {
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      if (!Ops.eq(x[i], y[i])) {
        if (op == 0) {
          return false;
        }
        if (op == 1) {
          return true;
        }
        return Ops.compare(corosim.lang.Operator.Compare.values()[op], x[i], y[i]);
      }
    }
    return Ops.compareResult(op, Integer.compare(x.length, y.length));
  }
}
