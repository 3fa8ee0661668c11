package corosim.vm;

import corosim.lang.Operator;
import java.util.Arrays;

/** Operators on builtin containers: concatenation, repetition, set algebra, str % args. */
final class Sequences {
  private Sequences() {}

  /** {@code a op b} for builtin containers, or null if the pair is not supported. */
  static Object binary(Operator.Binary op, boolean inPlace, Object a, Object b) {
    switch (op) {
      case ADD:
        if (a instanceof String x && b instanceof String y) {
          return x.concat(y);
        }
        if (a instanceof PyList x) {
          if (inPlace) {
            Collections.extend(x, b);
            return x;
          }
          if (b instanceof PyList y) {
            Object[] items = Arrays.copyOf(x.toArray(), x.size() + y.size());
            System.arraycopy(y.toArray(), 0, items, x.size(), y.size());
            return new PyList(items);
          }
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
          Object[] items = Arrays.copyOf(x.items(), x.size() + y.size());
          System.arraycopy(y.items(), 0, items, x.size(), y.size());
          return new PyTuple(items);
        }
        return null;
      case MUL:
        if (Numbers.isInt(b) && !(a instanceof Boolean) && isSequence(a)) {
          return repeat(a, Ops.index(b), inPlace);
        }
        if (Numbers.isInt(a) && isSequence(b)) {
          return repeat(b, Ops.index(a), false);
        }
        return null;
      case MOD:
        if (a instanceof String fmt) {
          return Format.percent(fmt, b);
        }
        return null;
      case BITOR:
      case BITAND:
      case SUB:
      case BITXOR:
        if (a instanceof PySet x && b instanceof PySet y) {
          return setOp(op, x, y, inPlace);
        }
        if (op == Operator.Binary.BITOR && a instanceof PyDict x && b instanceof PyDict y) {
          if (inPlace) {
            x.putAll(y);
            return x;
          }
          PyDict d = x.copy();
          d.putAll(y);
          return d;
        }
        if (op == Operator.Binary.BITOR && inPlace && a instanceof PyDict x) {
          Collections.dictUpdate(x, b, false, null);
          return x;
        }
        return null;
      default:
        return null;
    }
  }

  private static boolean isSequence(Object o) {
    return o instanceof String || o instanceof PyList || o instanceof PyTuple;
  }

  private static Object repeat(Object seq, long n, boolean inPlace) {
    if (n < 0) {
      n = 0;
    }
    if (seq instanceof String s) {
      if (s.length() * n > Integer.MAX_VALUE - 8) {
        throw Errors.create(Types.MEMORY_ERROR);
      }
      return s.repeat((int) n);
    }
    Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items();
    if (items.length * n > 100_000_000L) {
      throw Errors.create(Types.MEMORY_ERROR);
    }
    Object[] out = new Object[(int) (items.length * n)];
    for (int i = 0; i < n; i++) {
      System.arraycopy(items, 0, out, i * items.length, items.length);
    }
    if (seq instanceof PyList l) {
      if (inPlace) {
        l.replace(out);
        return l;
      }
      return new PyList(out);
    }
    return new PyTuple(out);
  }

  private static PySet setOp(Operator.Binary op, PySet x, PySet y, boolean inPlace) {
    PySet out = inPlace ? x : new PySet(x.frozen());
    PyDict xt = x.table();
    PyDict yt = y.table();
    switch (op) {
      case BITOR -> {
        if (!inPlace) {
          out.table().putAll(xt);
        }
        out.table().putAll(yt);
      }
      case BITAND -> {
        Object[] keep = keys(xt);
        if (inPlace) {
          x.clear();
        }
        for (Object k : keep) {
          if (y.contains(k)) {
            out.add(k);
          }
        }
      }
      case SUB -> {
        Object[] keep = keys(xt);
        if (inPlace) {
          x.clear();
        }
        for (Object k : keep) {
          if (!y.contains(k)) {
            out.add(k);
          }
        }
      }
      default -> {
        Object[] left = keys(xt);
        if (inPlace) {
          x.clear();
        }
        for (Object k : left) {
          if (!y.contains(k)) {
            out.add(k);
          }
        }
        for (Object k : keys(yt)) {
          if (!java.util.Arrays.asList(left).contains(k) && !containsEq(left, k)) {
            out.add(k);
          }
        }
      }
    }
    return out;
  }

  private static boolean containsEq(Object[] items, Object k) {
    for (Object o : items) {
      if (Ops.eq(o, k)) {
        return true;
      }
    }
    return false;
  }

  static Object[] keys(PyDict t) {
    Object[] out = new Object[t.size()];
    int n = 0;
    for (int i = 0; i < t.capacityUsed(); i++) {
      if (t.keyAt(i) != null) {
        out[n++] = t.keyAt(i);
      }
    }
    return out;
  }
}
