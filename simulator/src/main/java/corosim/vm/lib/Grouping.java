package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Ops;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import corosim.vm.PyType;

/**
 * {@code itertools.groupby}: CPython's state machine. The groups share the underlying
 * iterator; advancing the groupby invalidates the previous group, which then yields nothing.
 *
 * <p>Invariant: {@code currValue} is the item read but not yet handed out (null if none),
 * {@code currKey} its key; {@code current} is the only group that may still yield.
 */
final class Grouping extends LibIter {
  static final PyType GROUPBY = LibIter.type("groupby", "itertools");
  static final PyType GROUPER = LibIter.type("_grouper", "itertools");

  static {
    GROUPBY.setConstructor((a, k) -> {
      Object iterable = Args.arg(a, k, 0, "iterable", null);
      Object key = Args.arg(a, k, 1, "key", PyNone.NONE);
      return new Grouping(Ops.iter(iterable), key);
    });
  }

  private final Object it;
  private final Object keyFunc;
  private Object targetKey;
  private Object currKey;
  private Object currValue;
  private Group current;
  private boolean exhausted;

  private Grouping(Object it, Object keyFunc) {
    super(GROUPBY);
    this.it = it;
    this.keyFunc = keyFunc;
  }

  /** Reads the next item and its key; false at the end. */
  private boolean step() {
    if (exhausted) {
      return false;
    }
    Object v = Ops.next(it);
    if (v == null) {
      exhausted = true;
      return false;
    }
    Object key = keyFunc == PyNone.NONE ? v : Ops.call(keyFunc, v);
    currValue = v;
    currKey = key;
    return true;
  }

  @Override
  public Object next() {
    current = null;
    while (true) {
      if (currKey == null) {
        // nothing read yet
      } else if (targetKey == null) {
        break;
      } else if (!Ops.eq(targetKey, currKey)) {
        break;
      }
      if (!step()) {
        return null;
      }
    }
    targetKey = currKey;
    current = new Group(this, targetKey);
    return PyTuple.of(currKey, current);
  }

  private static final class Group extends LibIter {
    private final Grouping parent;
    private final Object key;

    Group(Grouping parent, Object key) {
      super(GROUPER);
      this.parent = parent;
      this.key = key;
    }

    @Override
    public Object next() {
      if (parent.current != this) {
        return null;
      }
      if (parent.currValue == null && !parent.step()) {
        return null;
      }
      if (!Ops.eq(key, parent.currKey)) {
        return null;
      }
      Object r = parent.currValue;
      parent.currValue = null;
      return r;
    }
  }
}
