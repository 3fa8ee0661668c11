package corosim.vm;

/**
 * Python's {@code set} and {@code frozenset}. Iteration follows insertion order — CPython's
 * order depends on hashes (and for strings varies between runs), so no program can rely on it;
 * corosim picks the one deterministic order that needs no explanation.
 */
public class PySet implements PyObject {
  private final PyDict table = new PyDict();
  private final boolean frozen;

  public PySet(boolean frozen) {
    this.frozen = frozen;
  }

  public PySet() {
    this(false);
  }

  @Override
  public PyType type() {
    return frozen ? Types.FROZENSET : Types.SET;
  }

  public boolean frozen() {
    return frozen;
  }

  public int size() {
    return table.size();
  }

  public boolean contains(Object key) {
    return table.containsKey(key);
  }

  public void add(Object key) {
    table.put(key, Boolean.TRUE);
  }

  public boolean discard(Object key) {
    return table.remove(key) != null;
  }

  public void clear() {
    table.clear();
  }

  /** The elements' table (keys only), for ordered iteration. */
  public PyDict table() {
    return table;
  }

  public PySet copy(boolean asFrozen) {
    PySet s = new PySet(asFrozen);
    s.table.putAll(table);
    return s;
  }
}
