package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;

/**
 * itertools' combinatoric iterators (product, permutations, combinations and combinations
 * with replacement) over index arrays, in the order CPython yields them; each reads its input
 * into a tuple first, as CPython does.
 */
final class Combinatorics {
  private Combinatorics() {}

  static Object product(Object[] a, String[] k) {
    long repeat = Ops.index(Args.keyword("product", a, k, "repeat", 1L));
    if (repeat < 0) {
      throw Errors.valueError("repeat argument cannot be negative");
    }
    int n = Args.positional(a, k);
    Object[][] pools = new Object[(int) (n * repeat)][];
    for (int i = 0; i < n; i++) {
      pools[i] = Ops.toArray(a[i]);
    }
    for (int r = 1; r < repeat; r++) {
      System.arraycopy(pools, 0, pools, r * n, n);
    }
    int[] idx = new int[pools.length];
    boolean[] state = {false, false};
    for (Object[] p : pools) {
      if (p.length == 0) {
        state[1] = true;
      }
    }
    return LibIter.of(Itertools.PRODUCT, () -> {
      if (state[1]) {
        return null;
      }
      if (state[0]) {
        int i = idx.length - 1;
        while (i >= 0 && idx[i] == pools[i].length - 1) {
          idx[i] = 0;
          i--;
        }
        if (i < 0) {
          state[1] = true;
          return null;
        }
        idx[i]++;
      }
      state[0] = true;
      Object[] row = new Object[idx.length];
      for (int i = 0; i < idx.length; i++) {
        row[i] = pools[i][idx[i]];
      }
      return new PyTuple(row);
    });
  }

  static Object permutations(Object[] a, String[] k) {
    Object[] pool = Ops.toArray(Args.arg(a, k, 0, "iterable", null));
    Object rArg = Args.arg(a, k, 1, "r", PyNone.NONE);
    int n = pool.length;
    long rl = rArg == PyNone.NONE ? n : Ops.index(rArg);
    if (rl < 0) {
      throw Errors.valueError("r must be non-negative");
    }
    int r = (int) Math.min(rl, Integer.MAX_VALUE);
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    int[] cycles = new int[Math.max(r, 0)];
    for (int i = 0; i < cycles.length && i < n; i++) {
      cycles[i] = n - i;
    }
    boolean[] state = {false, r > n};
    return LibIter.of(Itertools.PERMUTATIONS, () -> {
      if (state[1]) {
        return null;
      }
      if (state[0]) {
        boolean advanced = false;
        for (int i = r - 1; i >= 0; i--) {
          cycles[i]--;
          if (cycles[i] == 0) {
            int first = indices[i];
            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
            indices[n - 1] = first;
            cycles[i] = n - i;
          } else {
            int j = cycles[i];
            int t = indices[i];
            indices[i] = indices[n - j];
            indices[n - j] = t;
            advanced = true;
            break;
          }
        }
        if (!advanced) {
          state[1] = true;
          return null;
        }
      }
      state[0] = true;
      Object[] row = new Object[r];
      for (int i = 0; i < r; i++) {
        row[i] = pool[indices[i]];
      }
      return new PyTuple(row);
    });
  }

  static Object combinations(Object[] a, String[] k, boolean withReplacement) {
    String name = withReplacement ? "combinations_with_replacement" : "combinations";
    Object[] pool = Ops.toArray(Args.arg(a, k, 0, "iterable", null));
    Object rArg = Args.arg(a, k, 1, "r", null);
    if (rArg == null) {
      throw Errors.typeError(name + "() missing required argument 'r' (pos 2)");
    }
    long rl = Ops.index(rArg);
    if (rl < 0) {
      throw Errors.valueError("r must be non-negative");
    }
    int n = pool.length;
    int r = (int) Math.min(rl, Integer.MAX_VALUE);
    int[] indices = new int[r];
    if (!withReplacement) {
      for (int i = 0; i < r && i < n; i++) {
        indices[i] = i;
      }
    }
    boolean[] state = {false, withReplacement ? (n == 0 && r > 0) : r > n};
    return LibIter.of(withReplacement ? Itertools.COMBINATIONS_WR : Itertools.COMBINATIONS, () -> {
      if (state[1]) {
        return null;
      }
      if (state[0]) {
        int i = r - 1;
        if (withReplacement) {
          while (i >= 0 && indices[i] == n - 1) {
            i--;
          }
          if (i < 0) {
            state[1] = true;
            return null;
          }
          int v = indices[i] + 1;
          for (int j = i; j < r; j++) {
            indices[j] = v;
          }
        } else {
          while (i >= 0 && indices[i] == i + n - r) {
            i--;
          }
          if (i < 0) {
            state[1] = true;
            return null;
          }
          indices[i]++;
          for (int j = i + 1; j < r; j++) {
            indices[j] = indices[j - 1] + 1;
          }
        }
      }
      state[0] = true;
      Object[] row = new Object[r];
      for (int i = 0; i < r; i++) {
        row[i] = pool[indices[i]];
      }
      return new PyTuple(row);
    });
  }
}
