package corosim.vm;

/** {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. */
final class DictView implements PyObject {
  private final PyDict dict;
  private final int what;

  DictView(PyDict dict, int what) {
    this.dict = dict;
    this.what = what;
  }

  @Override
  public PyType type() {
    return what == Iterators.DictIterator.KEYS
        ? Types.DICT_KEYS
        : what == Iterators.DictIterator.VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
  }

  int size() {
    return dict.size();
  }

  PyIter iterator() {
    return new Iterators.DictIterator(dict, what);
  }

  boolean contains(Object item) {
    if (what == Iterators.DictIterator.KEYS) {
      return dict.containsKey(item);
    }
    if (what == Iterators.DictIterator.ITEMS) {
      if (!(item instanceof PyTuple t) || t.size() != 2) {
        return false;
      }
      Object v = dict.get(t.get(0));
      return v != null && Ops.eq(v, t.get(1));
    }
    PyIter it = iterator();
    for (Object v = it.next(); v != null; v = it.next()) {
      if (Ops.eq(v, item)) {
        return true;
      }
    }
    return false;
  }

  Object compare(int op, DictView other) {
    if (what == Iterators.DictIterator.VALUES) {
      return op == 0 ? this == other : this != other;
    }
    boolean eq = size() == other.size();
    if (eq) {
      PyIter it = iterator();
      for (Object v = it.next(); v != null && eq; v = it.next()) {
        eq = other.contains(v);
      }
    }
    return op == 0 ? eq : !eq;
  }

  Object[] toArray() {
    Object[] out = new Object[dict.size()];
    PyIter it = iterator();
    int i = 0;
    for (Object v = it.next(); v != null; v = it.next()) {
      out[i++] = v;
    }
    return out;
  }
}
