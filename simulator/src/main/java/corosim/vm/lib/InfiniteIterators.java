package corosim.vm.lib;

import corosim.lang.Operator;
import corosim.vm.Args;
import corosim.vm.Arith;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.Repr;
import java.util.ArrayList;
import java.util.List;

/** itertools' infinite iterators: count, cycle and repeat, with CPython's reprs. */
final class InfiniteIterators {
  private InfiniteIterators() {}

  static final class Count extends LibIter {
    private Object current;
    private final Object step;

    Count(Object start, Object step) {
      super(Itertools.COUNT);
      this.current = start;
      this.step = step;
    }

    @Override
    public Object next() {
      Object v = current;
      current = Arith.binary(Operator.Binary.ADD, false, current, step);
      return v;
    }

    String repr() {
      boolean unitStep = step instanceof Long l && l == 1;
      return "count(" + Repr.repr(current) + (unitStep ? "" : ", " + Repr.repr(step)) + ")";
    }
  }

  static Object count(Object[] a, String[] k) {
    Object start = Args.arg(a, k, 0, "start", 0L);
    Object step = Args.arg(a, k, 1, "step", 1L);
    if (!Numbers.isNumber(start) || !Numbers.isNumber(step)) {
      throw Errors.typeError("a number is required");
    }
    return new Count(start instanceof Boolean b ? (Object) (b ? 1L : 0L) : start, step);
  }

  static Object cycle(Object iterable) {
    Object it = Ops.iter(iterable);
    List<Object> saved = new ArrayList<>();
    int[] pos = {-1};
    return LibIter.of(Itertools.CYCLE, () -> {
      if (pos[0] < 0) {
        Object v = Ops.next(it);
        if (v != null) {
          saved.add(v);
          return v;
        }
        if (saved.isEmpty()) {
          return null;
        }
        pos[0] = 0;
      }
      Object v = saved.get(pos[0]);
      pos[0] = (pos[0] + 1) % saved.size();
      return v;
    });
  }

  static final class Repeat extends LibIter {
    private final Object value;
    private long remaining;

    Repeat(Object value, long times) {
      super(Itertools.REPEAT);
      this.value = value;
      this.remaining = times;
    }

    @Override
    public Object next() {
      if (remaining == 0) {
        return null;
      }
      if (remaining > 0) {
        remaining--;
      }
      return value;
    }

    String repr() {
      return "repeat(" + Repr.repr(value) + (remaining < 0 ? "" : ", " + remaining) + ")";
    }
  }

  static Object repeat(Object[] a, String[] k) {
    Object value = Args.arg(a, k, 0, "object", null);
    if (value == null) {
      throw Errors.typeError("repeat() missing required argument 'object' (pos 1)");
    }
    Object times = Args.arg(a, k, 1, "times", null);
    long n = times == null ? -1 : Math.max(0, Ops.index(times));
    return new Repeat(value, n);
  }
}
