package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code itertools.tee}: n iterators over one source. Items read by the leading copy are kept
 * until the last copy has passed them.
 *
 * <p>Invariant: {@code buffer.get(i)} is item number {@code offset + i} of the source; every
 * copy's position is at least {@code offset}.
 */
final class Tee {
  static final PyType TEE = LibIter.type("_tee", "itertools");

  private final Object source;
  private final List<Object> buffer = new ArrayList<>();
  private final List<Copy> copies = new ArrayList<>();
  private long offset;

  private Tee(Object source) {
    this.source = source;
  }

  static Object tee(Object[] a, String[] k) {
    Args.exact("tee", a, k, 1, 2);
    long n = a.length > 1 ? Ops.index(a[1]) : 2;
    if (n < 0) {
      throw Errors.valueError("n must be >= 0");
    }
    Tee shared = new Tee(Ops.iter(a[0]));
    Object[] out = new Object[(int) n];
    for (int i = 0; i < n; i++) {
      Copy c = shared.new Copy();
      shared.copies.add(c);
      out[i] = c;
    }
    return new PyTuple(out);
  }

  private Object item(long position) {
    while (position >= offset + buffer.size()) {
      Object v = Ops.next(source);
      if (v == null) {
        return null;
      }
      buffer.add(v);
    }
    return buffer.get((int) (position - offset));
  }

  private void trim() {
    long min = Long.MAX_VALUE;
    for (Copy c : copies) {
      min = Math.min(min, c.position);
    }
    int drop = (int) Math.min(min - offset, buffer.size());
    if (drop > 64 || drop == buffer.size()) {
      buffer.subList(0, drop).clear();
      offset += drop;
    }
  }

  private final class Copy extends LibIter {
    long position;

    Copy() {
      super(TEE);
      position = offset;
    }

    @Override
    public Object next() {
      Object v = item(position);
      if (v == null) {
        return null;
      }
      position++;
      trim();
      return v;
    }
  }
}
