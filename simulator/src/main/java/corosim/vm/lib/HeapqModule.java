package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyList;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyType;
import corosim.vm.Runtime;

/**
 * {@code heapq}: CPython's binary heap on a list, comparing with {@code <} only and in the same
 * order as _heapq.c, so ties and custom {@code __lt__} behave identically. nsmallest/nlargest
 * are {@code sorted(...)[:n]}, which CPython documents them to equal; merge is lazy and takes
 * equal items from the earlier iterable first.
 */
final class HeapqModule {
  private HeapqModule() {}

  static final PyType MERGE = LibIter.type("generator", "builtins");

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("heapq");
    m.function("heappush", (a, k) -> {
      Args.exact("heappush", a, k, 2, 2);
      PyList heap = list(a[0]);
      heap.append(a[1]);
      siftDown(heap, 0, heap.size() - 1);
      return PyNone.NONE;
    });
    m.function("heappop", (a, k) -> {
      Args.exact("heappop", a, k, 1, 1);
      PyList heap = list(a[0]);
      if (heap.size() == 0) {
        throw Errors.indexError("index out of range");
      }
      Object last = heap.removeAt(heap.size() - 1);
      if (heap.size() == 0) {
        return last;
      }
      Object top = heap.get(0);
      heap.set(0, last);
      siftUp(heap, 0);
      return top;
    });
    m.function("heapreplace", (a, k) -> {
      Args.exact("heapreplace", a, k, 2, 2);
      PyList heap = list(a[0]);
      if (heap.size() == 0) {
        throw Errors.indexError("index out of range");
      }
      Object top = heap.get(0);
      heap.set(0, a[1]);
      siftUp(heap, 0);
      return top;
    });
    m.function("heappushpop", (a, k) -> {
      Args.exact("heappushpop", a, k, 2, 2);
      PyList heap = list(a[0]);
      Object item = a[1];
      if (heap.size() == 0 || !Ops.lessThan(heap.get(0), item)) {
        return item;
      }
      Object top = heap.get(0);
      heap.set(0, item);
      siftUp(heap, 0);
      return top;
    });
    m.function("heapify", (a, k) -> {
      Args.exact("heapify", a, k, 1, 1);
      PyList heap = list(a[0]);
      for (int i = heap.size() / 2 - 1; i >= 0; i--) {
        siftUp(heap, i);
      }
      return PyNone.NONE;
    });
    m.function("nsmallest", (a, k) -> firstOfSorted(rt, a, k, false));
    m.function("nlargest", (a, k) -> firstOfSorted(rt, a, k, true));
    m.function("merge", (a, k) -> merge(a, k));
    return m;
  }

  private static PyList list(Object o) {
    if (!(o instanceof PyList l)) {
      throw Errors.typeError("heap argument must be a list");
    }
    return l;
  }

  private static void siftDown(PyList heap, int start, int pos) {
    Object item = heap.get(pos);
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      Object parent = heap.get(parentPos);
      if (!Ops.lessThan(item, parent)) {
        break;
      }
      checkSize(heap, pos);
      heap.set(pos, parent);
      pos = parentPos;
    }
    heap.set(pos, item);
  }

  private static void siftUp(PyList heap, int pos) {
    int end = heap.size();
    int start = pos;
    Object item = heap.get(pos);
    int child = 2 * pos + 1;
    while (child < end) {
      int right = child + 1;
      if (right < end && !Ops.lessThan(heap.get(child), heap.get(right))) {
        child = right;
      }
      checkSize(heap, end - 1);
      heap.set(pos, heap.get(child));
      pos = child;
      child = 2 * pos + 1;
    }
    heap.set(pos, item);
    siftDown(heap, start, pos);
  }

  private static void checkSize(PyList heap, int index) {
    if (index >= heap.size()) {
      throw Errors.runtimeError("list changed size during iteration");
    }
  }

  private static Object firstOfSorted(Runtime rt, Object[] a, String[] k, boolean largest) {
    String name = largest ? "nlargest" : "nsmallest";
    Args.count(name, a, k, 2, 2);
    Object key = Args.keyword(name, a, k, "key", PyNone.NONE);
    long n = Ops.index(a[0]);
    Object sorted = Ops.call(rt.builtins().get("sorted"), new Object[] {a[1], key, largest},
        new String[] {"key", "reverse"});
    Object[] all = ((PyList) sorted).toArray();
    int take = (int) Math.max(0, Math.min(n, all.length));
    return new PyList(java.util.Arrays.copyOf(all, take));
  }

  private static Object merge(Object[] a, String[] k) {
    Object key = Args.keyword("merge", a, k, "key", PyNone.NONE, "reverse");
    boolean reverse = Ops.truthy(Args.keyword("merge", a, k, "reverse", false, "key"));
    int n = Args.positional(a, k);
    Object[] its = new Object[n];
    Object[] heads = new Object[n];
    Object[] keys = new Object[n];
    for (int i = 0; i < n; i++) {
      its[i] = Ops.iter(a[i]);
    }
    boolean[] started = {false};
    return LibIter.of(MERGE, () -> {
      if (!started[0]) {
        started[0] = true;
        for (int i = 0; i < n; i++) {
          advance(its, heads, keys, key, i);
        }
      }
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (heads[i] == null) {
          continue;
        }
        if (best < 0 || (reverse ? Ops.lessThan(keys[best], keys[i])
            : Ops.lessThan(keys[i], keys[best]))) {
          best = i;
        }
      }
      if (best < 0) {
        return null;
      }
      Object v = heads[best];
      advance(its, heads, keys, key, best);
      return v;
    });
  }

  private static void advance(Object[] its, Object[] heads, Object[] keys, Object key, int i) {
    Object v = Ops.next(its[i]);
    heads[i] = v;
    keys[i] = v == null ? null : key == PyNone.NONE ? v : Ops.call(key, v);
  }
}
