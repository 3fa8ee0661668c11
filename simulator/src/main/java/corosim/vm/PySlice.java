package corosim.vm;

/** Python's {@code slice(start, stop, step)}; parts are None when omitted. */
public final class PySlice implements PyObject {
  public final Object start;
  public final Object stop;
  public final Object step;

  public PySlice(Object start, Object stop, Object step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public PyType type() {
    return Types.SLICE;
  }

  /**
   * CPython's {@code PySlice_GetIndicesEx}: clamps to a sequence of {@code length}; returns
   * {start, stop, step, count}.
   */
  public long[] indices(long length) {
    long st = step == PyNone.NONE ? 1 : Ops.index(step);
    if (st == 0) {
      throw Errors.valueError("slice step cannot be zero");
    }
    long lower = st < 0 ? -1 : 0;
    long upper = st < 0 ? length - 1 : length;
    long a;
    if (start == PyNone.NONE) {
      a = st < 0 ? upper : lower;
    } else {
      a = Ops.index(start);
      if (a < 0) {
        a = Math.max(a + length, lower);
      } else {
        a = Math.min(a, upper);
      }
    }
    long b;
    if (stop == PyNone.NONE) {
      b = st < 0 ? lower : upper;
    } else {
      b = Ops.index(stop);
      if (b < 0) {
        b = Math.max(b + length, lower);
      } else {
        b = Math.min(b, upper);
      }
    }
    long count;
    if (st < 0) {
      count = b < a ? (a - b - 1) / -st + 1 : 0;
    } else {
      count = a < b ? (b - a - 1) / st + 1 : 0;
    }
    return new long[] {a, b, st, count};
  }
}
