package corosim.vm;

/** A stable merge sort that only uses {@code <}, as CPython's list.sort does. */
final class Sorting {
  private Sorting() {}

  /** Sorts {@code items[0..n)} by {@code keys} (same length), stable, optionally reversed. */
  static void sort(Object[] items, Object[] keys, int n, boolean reverse) {
    Object[] tmpItems = new Object[n];
    Object[] tmpKeys = new Object[n];
    if (reverse) {
      reverse(items, keys, n);
    }
    mergeSort(items, keys, tmpItems, tmpKeys, 0, n);
    if (reverse) {
      reverse(items, keys, n);
    }
  }

  private static void reverse(Object[] items, Object[] keys, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      Object t = items[i];
      items[i] = items[j];
      items[j] = t;
      t = keys[i];
      keys[i] = keys[j];
      keys[j] = t;
    }
  }

  private static void mergeSort(Object[] items, Object[] keys, Object[] ti, Object[] tk, int lo, int hi) {
    if (hi - lo < 2) {
      return;
    }
    if (hi - lo <= 16) {
      for (int i = lo + 1; i < hi; i++) {
        Object k = keys[i];
        Object v = items[i];
        int j = i - 1;
        while (j >= lo && Ops.lessThan(k, keys[j])) {
          keys[j + 1] = keys[j];
          items[j + 1] = items[j];
          j--;
        }
        keys[j + 1] = k;
        items[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(items, keys, ti, tk, lo, mid);
    mergeSort(items, keys, ti, tk, mid, hi);
    if (!Ops.lessThan(keys[mid], keys[mid - 1])) {
      return;
    }
    System.arraycopy(items, lo, ti, lo, hi - lo);
    System.arraycopy(keys, lo, tk, lo, hi - lo);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      if (Ops.lessThan(tk[j], tk[i])) {
        keys[k] = tk[j];
        items[k++] = ti[j++];
      } else {
        keys[k] = tk[i];
        items[k++] = ti[i++];
      }
    }
    while (i < mid) {
      keys[k] = tk[i];
      items[k++] = ti[i++];
    }
    while (j < hi) {
      keys[k] = tk[j];
      items[k++] = ti[j++];
    }
  }
}
