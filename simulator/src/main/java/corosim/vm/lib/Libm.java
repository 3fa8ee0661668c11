package corosim.vm.lib;

import corosim.vm.Numbers;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * The elementary functions of {@code math} that need more than a call to Java's Math:
 * CPython's logarithm helpers (big ints, domain errors), glibc's log10 and log2 structure,
 * the inverse hyperbolics (fdlibm's formulas, as glibc) and math.pow's IEEE special cases.
 */
final class Libm {
  private Libm() {}

  // ---- logarithms (m_log, m_log2, m_log10 and loghelper)

  /** A log of a positive finite argument, or the special cases; NaN marks a domain error. */
  static double log(double x) {
    return Math.log(x);
  }

  /**
   * log10 as glibc computes it (fdlibm's e_log10.c around the natural log): the exponent's part
   * is added separately, so powers of ten come out exact.
   */
  static double log10(double x) {
    final double ivln10 = 4.34294481903251816668e-01;
    final double log10_2hi = 3.01029995663611771306e-01;
    final double log10_2lo = 3.69423907715893078616e-13;
    if (!(x > 0) || Double.isInfinite(x)) {
      return Math.log10(x);
    }
    long bits = Double.doubleToRawLongBits(x);
    int k = 0;
    if ((bits >>> 52) == 0) {
      x *= 0x1p54;
      k = -54;
      bits = Double.doubleToRawLongBits(x);
    }
    int hx = (int) (bits >>> 32);
    k += (hx >> 20) - 1023;
    int i = (k & 0x80000000) >>> 31;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
    double z = y * log10_2lo + ivln10 * Math.log(x);
    return z + y * log10_2hi;
  }

  /** log2: exact for powers of two, else the natural log scaled by 1/ln 2 in extra precision. */
  static double log2(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      return Math.log(x);
    }
    double[] fr = FloatBits.frexp(x);
    double m = fr[0];
    int e = (int) fr[1];
    if (m == 0.5) {
      return e - 1;
    }
    if (m < Math.sqrt(0.5)) {
      m *= 2;
      e -= 1;
    }
    // log2(m) for m in [sqrt(.5), sqrt(2)): ln(m) * (1/ln2) with 1/ln2 split in two parts.
    final double invLn2Hi = 1.4426950408889634;
    final double invLn2Lo = 2.0355273740931033e-17;
    double l = Math.log(m);
    double hi = l * invLn2Hi;
    double lo = Math.fma(l, invLn2Hi, -hi) + l * invLn2Lo;
    return e + (hi + lo);
  }

  static double logHelper(Object arg, DoubleUnaryOperator f) {
    if (Numbers.isInt(arg)) {
      BigInteger n = Numbers.big(arg);
      if (n.signum() <= 0) {
        throw MathModule.domain();
      }
      double x = n.doubleValue();
      if (Double.isInfinite(x)) {
        // _PyLong_Frexp: n ~= mant * 2**e, the mantissa rounded once (sticky bit kept).
        int e = n.bitLength();
        int shift = e - 62;
        long top = n.shiftRight(shift).longValue();
        if (n.getLowestSetBit() < shift) {
          top |= 1;
        }
        double mant = Math.scalb((double) top, shift - e);
        return f.applyAsDouble(mant) + f.applyAsDouble(2.0) * e;
      }
      return logOf(x, f);
    }
    return logOf(MathModule.real(arg), f);
  }

  private static double logOf(double x, DoubleUnaryOperator f) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x <= 0 || (Double.isInfinite(x) && x < 0)) {
      throw MathModule.domain();
    }
    if (Double.isInfinite(x)) {
      return x;
    }
    return f.applyAsDouble(x);
  }

  static double log1p(double x) {
    return Math.log1p(x);
  }

  // ---- inverse hyperbolics (Java has none; fdlibm's formulas as glibc)

  static double asinh(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double ax = Math.abs(x);
    double w;
    if (ax < 0x1p-28) {
      return x;
    } else if (ax > 0x1p28) {
      w = Math.log(ax) + 6.93147180559945286227e-01;
    } else if (ax > 2.0) {
      w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
    } else {
      double t = x * x;
      w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  static double acosh(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < 1) {
      return Double.NaN;
    }
    if (x >= 0x1p28) {
      return Double.isInfinite(x) ? x : Math.log(x) + 6.93147180559945286227e-01;
    }
    if (x == 1.0) {
      return 0.0;
    }
    if (x > 2.0) {
      double t = x * x;
      return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
    }
    double t = x - 1.0;
    return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  static double atanh(double x) {
    double ax = Math.abs(x);
    if (Double.isNaN(x)) {
      return x;
    }
    if (ax > 1) {
      return Double.NaN;
    }
    if (ax == 1) {
      return Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    if (ax < 0x1p-28) {
      return x;
    }
    double t;
    if (ax < 0.5) {
      t = ax + ax;
      t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
    } else {
      t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
    }
    return Math.copySign(t, x);
  }

  // ---- pow (math_pow's handling of IEEE specials and errors)

  static double pow(double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isNaN(x)) {
        return y == 0 ? 1.0 : x;
      }
      if (Double.isNaN(y)) {
        return x == 1.0 ? 1.0 : y;
      }
      if (Double.isInfinite(x)) {
        boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
        if (y > 0) {
          return oddY ? x : Math.abs(x);
        }
        if (y == 0) {
          return 1.0;
        }
        return oddY ? Math.copySign(0.0, x) : 0.0;
      }
      if (Math.abs(x) == 1.0) {
        return 1.0;
      }
      if (y > 0 && Math.abs(x) > 1.0) {
        return y;
      }
      if (y < 0 && Math.abs(x) < 1.0) {
        return -y;
      }
      return 0.0;
    }
    double r = Math.pow(x, y);
    if (Double.isNaN(r)) {
      throw MathModule.domain();
    }
    if (Double.isInfinite(r)) {
      throw x == 0 ? MathModule.domain() : MathModule.range();
    }
    return r;
  }
}
