package corosim.vm;

/** Python's {@code range} over 64-bit integers. */
public final class PyRange implements PyObject {
  public final long start;
  public final long stop;
  public final long step;

  public PyRange(long start, long stop, long step) {
    if (step == 0) {
      throw Errors.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public PyType type() {
    return Types.RANGE;
  }

  public long length() {
    if (step > 0) {
      return start >= stop ? 0 : (stop - start - 1) / step + 1;
    }
    return start <= stop ? 0 : (start - stop - 1) / -step + 1;
  }

  public long get(long i) {
    return start + i * step;
  }
}
