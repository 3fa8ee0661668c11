package corosim.vm;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python number semantics on Java values: ints are {@code Long} until they overflow, then
 * {@code BigInteger} (normalised back when they fit); bools are ints; floats are doubles.
 */
public final class Numbers {
  private Numbers() {}

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  public static boolean isNumber(Object o) {
    return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
  }

  public static boolean isInt(Object o) {
    return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
  }

  /** A BigInteger result as a Long when it fits. */
  public static Object normalize(BigInteger b) {
    if (b.bitLength() < 64) {
      return b.longValue();
    }
    return b;
  }

  public static BigInteger big(Object o) {
    if (o instanceof Long l) {
      return BigInteger.valueOf(l);
    }
    if (o instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return (BigInteger) o;
  }

  /** An int as long when it fits; callers check {@link #fitsLong} first for BigIntegers. */
  public static long asLong(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    BigInteger b = (BigInteger) o;
    if (b.bitLength() >= 64) {
      throw Errors.overflow("Python int too large to convert to C long");
    }
    return b.longValue();
  }

  public static double toDouble(Object o) {
    if (o instanceof Double d) {
      return d;
    }
    if (o instanceof Long l) {
      return (double) l;
    }
    if (o instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (o instanceof BigInteger b) {
      double d = b.doubleValue();
      if (Double.isInfinite(d)) {
        throw Errors.overflow("int too large to convert to float");
      }
      return d;
    }
    throw Errors.typeError("must be real number, not " + Types.of(o).name());
  }

  /** Exact comparison of two numbers; NaN compares unordered (all false but !=). */
  static Object compare(int op, Object a, Object b) {
    if (a instanceof Double || b instanceof Double) {
      double x = toDoubleLenient(a);
      double y = toDoubleLenient(b);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return op == 1;
      }
      int c;
      if (a instanceof Double && b instanceof Double) {
        c = Double.compare(x, y);
        if (x == y) {
          c = 0; // -0.0 == 0.0
        }
      } else if (a instanceof Double && Double.isInfinite(x)) {
        c = x > 0 ? 1 : -1; // beyond every int, however large
      } else if (b instanceof Double && Double.isInfinite(y)) {
        c = y > 0 ? -1 : 1;
      } else {
        c = exact(a).compareTo(exact(b));
      }
      return Ops.compareResult(op, c);
    }
    return Ops.compareResult(op, big(a).compareTo(big(b)));
  }

  private static double toDoubleLenient(Object o) {
    if (o instanceof BigInteger b) {
      return b.doubleValue();
    }
    return toDouble(o);
  }

  private static BigDecimal exact(Object o) {
    if (o instanceof Double d) {
      if (d.isInfinite()) {
        return d > 0 ? BigDecimal.valueOf(Double.MAX_VALUE).multiply(BigDecimal.TEN)
            : BigDecimal.valueOf(-Double.MAX_VALUE).multiply(BigDecimal.TEN);
      }
      return new BigDecimal(d);
    }
    return new BigDecimal(big(o));
  }

  /** Hash of a float consistent with ints: an integral float hashes as that int. */
  static int hashDouble(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d)) {
      if (Math.abs(d) < 9.2e18) {
        return Long.hashCode((long) d);
      }
      return new BigDecimal(d).toBigInteger().hashCode();
    }
    return Double.hashCode(d);
  }

  static long hashOf(Object r) {
    if (!isInt(r)) {
      throw Errors.typeError("__hash__ method should return an integer");
    }
    return r instanceof BigInteger b ? b.hashCode() : asLong(r);
  }

  // ---- float division as CPython's float_divmod

  static double[] floatDivmod(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return new double[] {floordiv, mod};
  }

  /** int / int, correctly rounded as CPython's long_true_divide. */
  static double trueDivide(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y && Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
      return (double) x / (double) y;
    }
    BigInteger x = big(a);
    BigInteger y = big(b);
    BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new java.math.MathContext(40));
    double d = q.doubleValue();
    if (Double.isInfinite(d)) {
      throw Errors.overflow("integer division result too large for a float");
    }
    return d;
  }

  static boolean fitsLong(BigInteger b) {
    return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
  }
}
