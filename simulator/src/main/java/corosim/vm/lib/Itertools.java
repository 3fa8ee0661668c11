package corosim.vm.lib;

import corosim.lang.Operator;
import corosim.vm.Args;
import corosim.vm.Arith;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyBuiltin;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import corosim.vm.Runtime;

/**
 * {@code itertools}: the iterator building blocks, lazy as CPython's (islice never reads past
 * its stop, groupby's groups share the underlying iterator, tee buffers only what a lagging
 * copy still needs). The combinatoric iterators read their input into tuples first and yield
 * in CPython's lexicographic order. Each iterator type is a class of the module, so
 * {@code repr} and {@code type()} print as in CPython.
 */
final class Itertools {
  private Itertools() {}

  static final PyType COUNT = LibIter.type("count", "itertools");
  static final PyType CYCLE = LibIter.type("cycle", "itertools");
  static final PyType REPEAT = LibIter.type("repeat", "itertools");
  static final PyType ACCUMULATE = LibIter.type("accumulate", "itertools");
  static final PyType CHAIN = LibIter.type("chain", "itertools");
  static final PyType COMPRESS = LibIter.type("compress", "itertools");
  static final PyType DROPWHILE = LibIter.type("dropwhile", "itertools");
  static final PyType TAKEWHILE = LibIter.type("takewhile", "itertools");
  static final PyType FILTERFALSE = LibIter.type("filterfalse", "itertools");
  static final PyType ISLICE = LibIter.type("islice", "itertools");
  static final PyType STARMAP = LibIter.type("starmap", "itertools");
  static final PyType ZIP_LONGEST = LibIter.type("zip_longest", "itertools");
  static final PyType PAIRWISE = LibIter.type("pairwise", "itertools");
  static final PyType PRODUCT = LibIter.type("product", "itertools");
  static final PyType PERMUTATIONS = LibIter.type("permutations", "itertools");
  static final PyType COMBINATIONS = LibIter.type("combinations", "itertools");
  static final PyType COMBINATIONS_WR =
      LibIter.type("combinations_with_replacement", "itertools");

  static {
    COUNT.setConstructor((a, k) -> InfiniteIterators.count(a, k));
    COUNT.method("__repr__", (a, k) -> ((InfiniteIterators.Count) a[0]).repr());
    CYCLE.setConstructor((a, k) -> {
      Args.exact("cycle", a, k, 1, 1);
      return InfiniteIterators.cycle(a[0]);
    });
    REPEAT.setConstructor((a, k) -> InfiniteIterators.repeat(a, k));
    REPEAT.method("__repr__", (a, k) -> ((InfiniteIterators.Repeat) a[0]).repr());
    ACCUMULATE.setConstructor((a, k) -> accumulate(a, k));
    CHAIN.setConstructor((a, k) -> {
      Args.noKeywords("chain", k);
      return chain(Ops.iter(new PyTuple(a.clone())));
    });
    CHAIN.attribute("from_iterable", new PyBuiltin("from_iterable", (a, k) -> {
      Args.exact("from_iterable", a, k, 1, 1);
      return chain(Ops.iter(a[0]));
    }));
    COMPRESS.setConstructor((a, k) -> {
      Object data = Ops.iter(Args.arg(a, k, 0, "data", null));
      Object selectors = Ops.iter(Args.arg(a, k, 1, "selectors", null));
      return LibIter.of(COMPRESS, () -> {
        while (true) {
          Object d = Ops.next(data);
          Object s = d == null ? null : Ops.next(selectors);
          if (s == null) {
            return null;
          }
          if (Ops.truthy(s)) {
            return d;
          }
        }
      });
    });
    DROPWHILE.setConstructor((a, k) -> {
      Args.exact("dropwhile", a, k, 2, 2);
      Object pred = a[0];
      Object it = Ops.iter(a[1]);
      boolean[] dropping = {true};
      return LibIter.of(DROPWHILE, () -> {
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
          if (!dropping[0] || !Ops.truthy(Ops.call(pred, v))) {
            dropping[0] = false;
            return v;
          }
        }
        return null;
      });
    });
    TAKEWHILE.setConstructor((a, k) -> {
      Args.exact("takewhile", a, k, 2, 2);
      Object pred = a[0];
      Object it = Ops.iter(a[1]);
      boolean[] stopped = {false};
      return LibIter.of(TAKEWHILE, () -> {
        if (stopped[0]) {
          return null;
        }
        Object v = Ops.next(it);
        if (v == null) {
          return null;
        }
        if (Ops.truthy(Ops.call(pred, v))) {
          return v;
        }
        stopped[0] = true;
        return null;
      });
    });
    FILTERFALSE.setConstructor((a, k) -> {
      Args.exact("filterfalse", a, k, 2, 2);
      Object pred = a[0];
      Object it = Ops.iter(a[1]);
      return LibIter.of(FILTERFALSE, () -> {
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
          boolean t = pred == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(pred, v));
          if (!t) {
            return v;
          }
        }
        return null;
      });
    });
    ISLICE.setConstructor((a, k) -> islice(a, k));
    STARMAP.setConstructor((a, k) -> {
      Args.exact("starmap", a, k, 2, 2);
      Object fn = a[0];
      Object it = Ops.iter(a[1]);
      return LibIter.of(STARMAP, () -> {
        Object args = Ops.next(it);
        return args == null ? null : Ops.call(fn, Ops.toArray(args), null);
      });
    });
    ZIP_LONGEST.setConstructor((a, k) -> zipLongest(a, k));
    PAIRWISE.setConstructor((a, k) -> {
      Args.exact("pairwise", a, k, 1, 1);
      Object it = Ops.iter(a[0]);
      Object[] old = {null};
      boolean[] done = {false};
      return LibIter.of(PAIRWISE, () -> {
        if (done[0]) {
          return null;
        }
        if (old[0] == null) {
          old[0] = Ops.next(it);
          if (old[0] == null) {
            done[0] = true;
            return null;
          }
        }
        Object nw = Ops.next(it);
        if (nw == null) {
          done[0] = true;
          return null;
        }
        PyTuple r = PyTuple.of(old[0], nw);
        old[0] = nw;
        return r;
      });
    });
    PRODUCT.setConstructor((a, k) -> Combinatorics.product(a, k));
    PERMUTATIONS.setConstructor((a, k) -> Combinatorics.permutations(a, k));
    COMBINATIONS.setConstructor((a, k) -> Combinatorics.combinations(a, k, false));
    COMBINATIONS_WR.setConstructor((a, k) -> Combinatorics.combinations(a, k, true));
  }

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("itertools");
    for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE,
        TAKEWHILE, FILTERFALSE, ISLICE, STARMAP, ZIP_LONGEST, PAIRWISE, PRODUCT, PERMUTATIONS,
        COMBINATIONS, COMBINATIONS_WR, Grouping.GROUPBY}) {
      m.define(t.name(), t);
    }
    m.function("tee", (a, k) -> Tee.tee(a, k));
    return m;
  }

  // ---- accumulate, chain, islice, zip_longest

  private static Object accumulate(Object[] a, String[] k) {
    Object iterable = Args.arg(a, k, 0, "iterable", null);
    Object func = Args.arg(a, k, 1, "func", PyNone.NONE);
    Object initial = Args.keyword("accumulate", a, k, "initial", PyNone.NONE, "iterable", "func");
    Object it = Ops.iter(iterable);
    Object[] total = {null};
    boolean[] pendingInitial = {initial != PyNone.NONE};
    if (pendingInitial[0]) {
      total[0] = initial;
    }
    return LibIter.of(ACCUMULATE, () -> {
      if (pendingInitial[0]) {
        pendingInitial[0] = false;
        return total[0];
      }
      Object v = Ops.next(it);
      if (v == null) {
        return null;
      }
      if (total[0] == null) {
        total[0] = v;
      } else if (func == PyNone.NONE) {
        total[0] = Arith.binary(Operator.Binary.ADD, false, total[0], v);
      } else {
        total[0] = Ops.call(func, total[0], v);
      }
      return total[0];
    });
  }

  private static Object chain(Object sources) {
    Object[] active = {null};
    return LibIter.of(CHAIN, () -> {
      while (true) {
        if (active[0] == null) {
          Object next = Ops.next(sources);
          if (next == null) {
            return null;
          }
          active[0] = Ops.iter(next);
        }
        Object v = Ops.next(active[0]);
        if (v != null) {
          return v;
        }
        active[0] = null;
      }
    });
  }

  private static long sliceArg(Object o, String message) {
    if (o == PyNone.NONE) {
      return -1;
    }
    if (!Numbers.isInt(o)) {
      Object r = Ops.callDunder(o, "__index__");
      if (r == null) {
        throw Errors.valueError(message);
      }
      o = r;
    }
    long v = Numbers.big(o).bitLength() > 62 ? Long.MAX_VALUE : Numbers.asLong(o);
    if (v < 0) {
      throw Errors.valueError(message);
    }
    return v;
  }

  private static Object islice(Object[] a, String[] k) {
    Args.noKeywords("islice", k);
    if (a.length < 2 || a.length > 4) {
      throw Errors.typeError(a.length < 2 ? "islice expected at least 2 arguments, got " + a.length
          : "islice expected at most 4 arguments, got " + a.length);
    }
    Object it = Ops.iter(a[0]);
    long start = 0;
    long stop;
    long step = 1;
    if (a.length == 2) {
      stop = sliceArg(a[1], "Stop argument for islice() must be None or an integer: "
          + "0 <= x <= sys.maxsize.");
    } else {
      start = a[1] == PyNone.NONE ? 0 : sliceArg(a[1], "Indices for islice() must be None or "
          + "an integer: 0 <= x <= sys.maxsize.");
      stop = sliceArg(a[2], "Stop argument for islice() must be None or an integer: "
          + "0 <= x <= sys.maxsize.");
      if (a.length == 4 && a[3] != PyNone.NONE) {
        if (!Numbers.isInt(a[3]) || Numbers.asLong(a[3]) < 1) {
          throw Errors.valueError("Step for islice() must be a positive integer or None.");
        }
        step = Numbers.asLong(a[3]);
      }
    }
    long fStop = stop;
    long fStep = step;
    long[] state = {0, start};
    boolean[] done = {false};
    return LibIter.of(ISLICE, () -> {
      if (done[0]) {
        return null;
      }
      while (state[0] < state[1]) {
        if (Ops.next(it) == null) {
          done[0] = true;
          return null;
        }
        state[0]++;
      }
      if (fStop != -1 && state[0] >= fStop) {
        done[0] = true;
        return null;
      }
      Object item = Ops.next(it);
      if (item == null) {
        done[0] = true;
        return null;
      }
      state[0]++;
      long oldNext = state[1];
      state[1] += fStep;
      if (state[1] < oldNext || (fStop != -1 && state[1] > fStop)) {
        state[1] = fStop;
      }
      return item;
    });
  }

  private static Object zipLongest(Object[] a, String[] k) {
    Object fill = Args.keyword("zip_longest", a, k, "fillvalue", PyNone.NONE);
    int n = Args.positional(a, k);
    Object[] its = new Object[n];
    for (int i = 0; i < n; i++) {
      its[i] = Ops.iter(a[i]);
    }
    int[] active = {n};
    return LibIter.of(ZIP_LONGEST, () -> {
      if (n == 0 || active[0] == 0) {
        return null;
      }
      Object[] row = new Object[n];
      for (int i = 0; i < n; i++) {
        Object v = its[i] == null ? null : Ops.next(its[i]);
        if (v == null) {
          if (its[i] != null) {
            its[i] = null;
            active[0]--;
            if (active[0] == 0) {
              return null;
            }
          }
          v = fill;
        }
        row[i] = v;
      }
      return new PyTuple(row);
    });
  }
}
