package corosim.vm;

import java.util.Arrays;
import java.util.Collection;

/** Python's {@code list}: a growable array. Invariant: slots at and past {@code size} are null. */
public class PyList implements PyObject {
  private Object[] items;
  private int size;

  public PyList() {
    items = new Object[4];
  }

  public PyList(int capacity) {
    items = new Object[Math.max(capacity, 1)];
  }

  /** Takes ownership of {@code items}. */
  public PyList(Object[] items) {
    this.items = items.length == 0 ? new Object[4] : items;
    this.size = items.length;
  }

  public static PyList of(Collection<?> c) {
    return new PyList(c.toArray());
  }

  @Override
  public PyType type() {
    return Types.LIST;
  }

  public int size() {
    return size;
  }

  public Object get(int i) {
    return items[i];
  }

  public void set(int i, Object v) {
    items[i] = v;
  }

  public void append(Object v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size + (size >> 1) + 4);
    }
    items[size++] = v;
  }

  public void insert(int at, Object v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size + (size >> 1) + 4);
    }
    System.arraycopy(items, at, items, at + 1, size - at);
    items[at] = v;
    size++;
  }

  public Object removeAt(int at) {
    Object v = items[at];
    System.arraycopy(items, at + 1, items, at, size - at - 1);
    items[--size] = null;
    return v;
  }

  public void clear() {
    Arrays.fill(items, 0, size, null);
    size = 0;
  }

  /** A copy of the live items. */
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** Replaces the contents with {@code newItems} (taking ownership). */
  public void replace(Object[] newItems) {
    items = newItems.length == 0 ? new Object[4] : newItems;
    size = newItems.length;
  }

  /** The backing array (valid up to {@link #size()}); for sorting and bulk reads. */
  Object[] backing() {
    return items;
  }
}
