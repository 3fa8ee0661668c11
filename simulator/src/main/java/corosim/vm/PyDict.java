package corosim.vm;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Python's {@code dict}: insertion-ordered, keyed by Python equality and hash, laid out as
 * CPython's compact dict (an open-addressing index into dense entry arrays). Also the namespace
 * of modules, classes and instances.
 *
 * <p>Invariant: {@code index} holds, for each live entry, its position in the entry arrays;
 * deleted entries keep a tombstone (null key) until the next resize; {@code size} counts live
 * entries.
 */
public class PyDict implements PyObject {
  private static final int EMPTY = -1;
  private static final int DUMMY = -2;

  private int[] index;
  private Object[] keys;
  private Object[] values;
  private int[] hashes;
  private int used;
  private int size;
  private int version;

  public PyDict() {
    this(8);
  }

  public PyDict(int capacity) {
    int n = 8;
    while (n < capacity * 3 / 2 + 1) {
      n <<= 1;
    }
    index = new int[n];
    Arrays.fill(index, EMPTY);
    keys = new Object[n * 2 / 3 + 1];
    values = new Object[keys.length];
    hashes = new int[keys.length];
  }

  @Override
  public PyType type() {
    return Types.DICT;
  }

  public int size() {
    return size;
  }

  /** Changes whenever an entry is added or removed (for iteration checks). */
  public int version() {
    return version;
  }

  private static boolean same(Object a, int ha, Object b, int hb) {
    if (a == b) {
      return true;
    }
    if (ha != hb) {
      return false;
    }
    if (a instanceof String sa && !(b instanceof UserInstance)) {
      return b instanceof String && sa.equals(b);
    }
    return Ops.eq(a, b);
  }

  private int find(Object key, int h) {
    int mask = index.length - 1;
    int i = h & mask;
    while (true) {
      int e = index[i];
      if (e == EMPTY) {
        return -1;
      }
      if (e >= 0 && same(keys[e], hashes[e], key, h)) {
        return e;
      }
      i = (i + 1) & mask;
    }
  }

  /** The value for {@code key}, or null if absent. */
  public Object get(Object key) {
    int e = find(key, Ops.hash(key));
    return e < 0 ? null : values[e];
  }

  /** Fast look-up by a string key (globals, attributes). */
  public Object get(String key) {
    int h = key.hashCode();
    int mask = index.length - 1;
    int i = h & mask;
    while (true) {
      int e = index[i];
      if (e == EMPTY) {
        return null;
      }
      if (e >= 0) {
        Object k = keys[e];
        if (k == key || (hashes[e] == h && (k instanceof String s ? s.equals(key) : Ops.eq(k, key)))) {
          return values[e];
        }
      }
      i = (i + 1) & mask;
    }
  }

  public boolean containsKey(Object key) {
    return find(key, Ops.hash(key)) >= 0;
  }

  public void put(Object key, Object value) {
    int h = Ops.hash(key);
    int e = find(key, h);
    if (e >= 0) {
      values[e] = value;
      return;
    }
    if (used == keys.length) {
      resize(Math.max(size * 2, 8));
    }
    int mask = index.length - 1;
    int i = h & mask;
    while (index[i] >= 0) {
      i = (i + 1) & mask;
    }
    index[i] = used;
    keys[used] = key;
    values[used] = value;
    hashes[used] = h;
    used++;
    size++;
    version++;
  }

  /** Removes {@code key}; returns its value or null if it was absent. */
  public Object remove(Object key) {
    int h = Ops.hash(key);
    int mask = index.length - 1;
    int i = h & mask;
    while (true) {
      int e = index[i];
      if (e == EMPTY) {
        return null;
      }
      if (e >= 0 && same(keys[e], hashes[e], key, h)) {
        Object v = values[e];
        index[i] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        version++;
        return v;
      }
      i = (i + 1) & mask;
    }
  }

  public void clear() {
    Arrays.fill(index, EMPTY);
    Arrays.fill(keys, 0, used, null);
    Arrays.fill(values, 0, used, null);
    used = 0;
    size = 0;
    version++;
  }

  public void putAll(PyDict other) {
    for (int i = 0; i < other.used; i++) {
      if (other.keys[i] != null) {
        put(other.keys[i], other.values[i]);
      }
    }
  }

  private void resize(int minLive) {
    int n = 8;
    while (n * 2 / 3 < minLive + 1) {
      n <<= 1;
    }
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    int oldUsed = used;
    index = new int[n];
    Arrays.fill(index, EMPTY);
    keys = new Object[n * 2 / 3 + 1];
    values = new Object[keys.length];
    hashes = new int[keys.length];
    used = 0;
    int mask = n - 1;
    for (int j = 0; j < oldUsed; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (index[i] >= 0) {
          i = (i + 1) & mask;
        }
        index[i] = used;
        keys[used] = oldKeys[j];
        values[used] = oldValues[j];
        hashes[used] = oldHashes[j];
        used++;
      }
    }
  }

  // ---- ordered access by entry position (iteration)

  /** One past the last entry position; positions with a null key are holes. */
  public int capacityUsed() {
    return used;
  }

  public Object keyAt(int position) {
    return keys[position];
  }

  public Object valueAt(int position) {
    return values[position];
  }

  public void forEach(BiConsumer<Object, Object> action) {
    int v = version;
    for (int i = 0; i < used; i++) {
      if (keys[i] != null) {
        action.accept(keys[i], values[i]);
        if (version != v) {
          throw Errors.runtimeError("dictionary changed size during iteration");
        }
      }
    }
  }

  /** The first live entry position at or after {@code from}, or -1. */
  public int nextPosition(int from) {
    for (int i = from; i < used; i++) {
      if (keys[i] != null) {
        return i;
      }
    }
    return -1;
  }

  /** The last live entry position, or -1 (for popitem). */
  public int lastPosition() {
    for (int i = used - 1; i >= 0; i--) {
      if (keys[i] != null) {
        return i;
      }
    }
    return -1;
  }

  public PyDict copy() {
    PyDict d = new PyDict(size);
    d.putAll(this);
    return d;
  }
}
