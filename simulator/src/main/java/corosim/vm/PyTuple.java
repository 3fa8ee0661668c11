package corosim.vm;

import java.util.Arrays;
import java.util.List;

/** Python's {@code tuple}: an immutable array. */
public class PyTuple implements PyObject {
  public static final PyTuple EMPTY = new PyTuple(new Object[0]);

  private final Object[] items;

  /** Wraps {@code items} without copying: the caller must not change the array afterwards. */
  public PyTuple(Object[] items) {
    this.items = items;
  }

  public static PyTuple of(Object... items) {
    return new PyTuple(items);
  }

  public static PyTuple copyOf(List<?> items) {
    return new PyTuple(items.toArray());
  }

  @Override
  public PyType type() {
    return Types.TUPLE;
  }

  public int size() {
    return items.length;
  }

  public Object get(int i) {
    return items[i];
  }

  /** The backing array; callers must not modify it. */
  public Object[] items() {
    return items;
  }

  public Object[] toArray() {
    return Arrays.copyOf(items, items.length);
  }
}
