package corosim.vm;

/** The builtin iterator objects; each implements the fast {@link PyIter} protocol. */
final class Iterators {
  private Iterators() {}

  static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", PyType.Layout.NATIVE);
  static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", PyType.Layout.NATIVE);
  static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", PyType.Layout.NATIVE);
  static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", PyType.Layout.NATIVE);
  static final PyType DICT_KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyType.Layout.NATIVE);
  static final PyType DICT_VALUE_ITERATOR =
      PyType.builtin("dict_valueiterator", PyType.Layout.NATIVE);
  static final PyType DICT_ITEM_ITERATOR =
      PyType.builtin("dict_itemiterator", PyType.Layout.NATIVE);
  static final PyType SET_ITERATOR = PyType.builtin("set_iterator", PyType.Layout.NATIVE);
  static final PyType SEQ_ITERATOR = PyType.builtin("iterator", PyType.Layout.NATIVE);
  static final PyType GENERIC = PyType.builtin("iterator", PyType.Layout.NATIVE);

  static {
    for (PyType t : new PyType[] {LIST_ITERATOR, TUPLE_ITERATOR, STR_ITERATOR, RANGE_ITERATOR,
        DICT_KEY_ITERATOR, DICT_VALUE_ITERATOR, DICT_ITEM_ITERATOR, SET_ITERATOR, SEQ_ITERATOR,
        GENERIC}) {
      BuiltinTypes.iteratorMethods(t);
    }
  }

  /** Base of the builtin iterators: iter(it) is it; next(it) raises StopIteration at the end. */
  abstract static class Base implements PyObject, PyIter {
    private final PyType type;

    Base(PyType type) {
      this.type = type;
    }

    @Override
    public PyType type() {
      return type;
    }
  }

  static final class ListIterator extends Base {
    private final PyList list;
    private int i;

    ListIterator(PyList list) {
      super(LIST_ITERATOR);
      this.list = list;
    }

    @Override
    public Object next() {
      return i < list.size() ? list.get(i++) : null;
    }
  }

  static final class ArrayIterator extends Base {
    private final Object[] items;
    private final int size;
    private int i;

    ArrayIterator(Object[] items, int size, PyType type) {
      super(type);
      this.items = items;
      this.size = size;
    }

    @Override
    public Object next() {
      return i < size ? items[i++] : null;
    }
  }

  static final class RangeIterator extends Base {
    private final long step;
    private long next;
    private long remaining;

    RangeIterator(PyRange r) {
      super(RANGE_ITERATOR);
      this.step = r.step;
      this.next = r.start;
      this.remaining = r.length();
    }

    @Override
    public Object next() {
      if (remaining <= 0) {
        return null;
      }
      remaining--;
      long v = next;
      next += step;
      return v;
    }
  }

  static final class StrIterator extends Base {
    private final String s;
    private int i;

    StrIterator(String s) {
      super(STR_ITERATOR);
      this.s = s;
    }

    @Override
    public Object next() {
      if (i >= s.length()) {
        return null;
      }
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String out = s.substring(i, i + n);
      i += n;
      return out;
    }
  }

  /** Iterates a dict's keys, values or items (also a set's elements) in insertion order. */
  static final class DictIterator extends Base {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    private final PyDict dict;
    private final int what;
    private final int size;
    private int position;

    DictIterator(PyDict dict, int what) {
      this(dict, what, what == KEYS ? DICT_KEY_ITERATOR : what == VALUES ? DICT_VALUE_ITERATOR
          : DICT_ITEM_ITERATOR);
    }

    DictIterator(PyDict dict, int what, PyType type) {
      super(type);
      this.dict = dict;
      this.what = what;
      this.size = dict.size();
    }

    @Override
    public Object next() {
      if (dict.size() != size) {
        throw Errors.runtimeError(type() == SET_ITERATOR
            ? "Set changed size during iteration" : "dictionary changed size during iteration");
      }
      int p = dict.nextPosition(position);
      if (p < 0) {
        position = dict.capacityUsed();
        return null;
      }
      position = p + 1;
      return switch (what) {
        case KEYS -> dict.keyAt(p);
        case VALUES -> dict.valueAt(p);
        default -> PyTuple.of(dict.keyAt(p), dict.valueAt(p));
      };
    }
  }

  /** The old sequence protocol: obj[0], obj[1], ... until IndexError. */
  static final class SequenceIterator extends Base {
    private final Object seq;
    private long i;
    private boolean done;

    SequenceIterator(Object seq) {
      super(SEQ_ITERATOR);
      this.seq = seq;
    }

    @Override
    public Object next() {
      if (done) {
        return null;
      }
      try {
        return Ops.getItem(seq, i++);
      } catch (PyException e) {
        if (e.isInstance(Types.INDEX_ERROR) || e.isInstance(Types.STOP_ITERATION)) {
          done = true;
          return null;
        }
        throw e;
      }
    }
  }

  /** An iterator computed by a Java function (map, filter, zip, enumerate, ...). */
  static final class Computed extends Base {
    private final PyIter source;

    Computed(PyType type, PyIter source) {
      super(type);
      this.source = source;
    }

    @Override
    public Object next() {
      return source.next();
    }
  }
}
