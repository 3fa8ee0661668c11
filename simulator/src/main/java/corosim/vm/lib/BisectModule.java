package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Attributes;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyList;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.Runtime;
import corosim.vm.Types;

/** {@code bisect}: binary search and insertion in sorted sequences, comparing with {@code <}. */
final class BisectModule {
  private BisectModule() {}

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("bisect");
    m.function("bisect_right", (a, k) -> (long) search("bisect_right", a, k, true, null));
    m.function("bisect_left", (a, k) -> (long) search("bisect_left", a, k, false, null));
    m.function("insort_right", (a, k) -> insort("insort_right", a, k, true));
    m.function("insort_left", (a, k) -> insort("insort_left", a, k, false));
    m.define("bisect", m.dict().get("bisect_right"));
    m.define("insort", m.dict().get("insort_right"));
    return m;
  }

  /** The insertion point; {@code x} overrides the searched value (insort's key(x)). */
  private static int search(String name, Object[] a, String[] k, boolean right, Object x) {
    Args.count(name, a, k, 2, 4);
    Object seq = a[0];
    Object item = x != null ? x : a[1];
    long lo = Ops.index(Args.arg(a, k, 2, "lo", 0L));
    Object hiArg = Args.arg(a, k, 3, "hi", PyNone.NONE);
    Object key = Args.keyword(name, a, k, "key", PyNone.NONE, "lo", "hi");
    if (lo < 0) {
      throw Errors.valueError("lo must be non-negative");
    }
    long hi = hiArg == PyNone.NONE ? Ops.len(seq) : Ops.index(hiArg);
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      Object v = seq instanceof PyList l && mid < l.size() ? l.get((int) mid) : Ops.getItem(seq, mid);
      if (key != PyNone.NONE) {
        v = Ops.call(key, v);
      }
      boolean goLeft = right ? Ops.lessThan(item, v) : !Ops.lessThan(v, item);
      if (goLeft) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return (int) lo;
  }

  private static Object insort(String name, Object[] a, String[] k, boolean right) {
    Object key = Args.keyword(name, a, k, "key", PyNone.NONE, "lo", "hi");
    Object x = key == PyNone.NONE ? null : Ops.call(key, a[1]);
    int i = search(name, a, k, right, x);
    if (a[0] instanceof PyList l && Types.of(l) == Types.LIST) {
      l.insert(i, a[1]);
    } else {
      Ops.call(Attributes.get(a[0], "insert"), (long) i, a[1]);
    }
    return PyNone.NONE;
  }
}
