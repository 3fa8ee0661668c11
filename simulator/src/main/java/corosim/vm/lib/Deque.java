package corosim.vm.lib;

import corosim.vm.Errors;
import corosim.vm.PyInstance;
import corosim.vm.PyType;

/**
 * The state of a {@code collections.deque}: a circular buffer with an optional maximum length.
 * It is a {@link PyInstance} so scenario classes may subclass deque, and the VM's protocols
 * (truth, len, iteration, comparison) reach its methods as they reach a Python class's.
 *
 * <p>Invariant: the items are {@code buf[(head + i) % buf.length]} for {@code 0 <= i < size};
 * {@code maxlen < 0} means unbounded, else {@code size <= maxlen}; {@code version} changes on
 * every mutation that changes the length, so iterators can detect it.
 */
final class Deque extends PyInstance {
  private Object[] buf = new Object[8];
  private int head;
  private int size;
  int maxlen = -1;
  int version;

  Deque(PyType type) {
    super(type);
  }

  int size() {
    return size;
  }

  Object get(int i) {
    return buf[(head + i) % buf.length];
  }

  void set(int i, Object v) {
    buf[(head + i) % buf.length] = v;
  }

  private void grow() {
    if (size == buf.length) {
      Object[] nb = new Object[buf.length * 2];
      for (int i = 0; i < size; i++) {
        nb[i] = get(i);
      }
      buf = nb;
      head = 0;
    }
  }

  void append(Object v) {
    if (maxlen == 0) {
      return;
    }
    if (size == maxlen) {
      popLeft();
    }
    grow();
    buf[(head + size) % buf.length] = v;
    size++;
    version++;
  }

  void appendLeft(Object v) {
    if (maxlen == 0) {
      return;
    }
    if (size == maxlen) {
      pop();
    }
    grow();
    head = (head - 1 + buf.length) % buf.length;
    buf[head] = v;
    size++;
    version++;
  }

  Object pop() {
    if (size == 0) {
      throw Errors.indexError("pop from an empty deque");
    }
    int at = (head + size - 1) % buf.length;
    Object v = buf[at];
    buf[at] = null;
    size--;
    version++;
    return v;
  }

  Object popLeft() {
    if (size == 0) {
      throw Errors.indexError("pop from an empty deque");
    }
    Object v = buf[head];
    buf[head] = null;
    head = (head + 1) % buf.length;
    size--;
    version++;
    return v;
  }

  void clear() {
    buf = new Object[8];
    head = 0;
    size = 0;
    version++;
  }

  Object[] toArray() {
    Object[] out = new Object[size];
    for (int i = 0; i < size; i++) {
      out[i] = get(i);
    }
    return out;
  }

  /** Replaces the contents (insert, remove, del d[i], reverse). */
  void replace(Object[] items) {
    buf = new Object[Math.max(8, items.length * 2)];
    System.arraycopy(items, 0, buf, 0, items.length);
    head = 0;
    size = items.length;
    version++;
  }

  void rotate(long n) {
    if (size <= 1) {
      return;
    }
    int k = (int) Math.floorMod(n, (long) size);
    if (k == 0) {
      return;
    }
    Object[] items = toArray();
    Object[] out = new Object[size];
    for (int i = 0; i < size; i++) {
      out[(i + k) % size] = items[i];
    }
    int v = version;
    replace(out);
    version = v;
  }
}
