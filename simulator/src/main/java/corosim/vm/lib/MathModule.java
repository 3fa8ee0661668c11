package corosim.vm.lib;

import corosim.lang.Operator;
import corosim.vm.Args;
import corosim.vm.Arith;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyException;
import corosim.vm.PyModule;
import corosim.vm.PyTuple;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}: CPython's mathmodule.c. The special values, the exceptions and their messages
 * ("math domain error", "math range error") and the algorithms CPython implements itself
 * ({@code fsum}, {@code hypot}/{@code dist}, {@code log} of big ints, {@code comb}/{@code perm},
 * {@code factorial}, {@code isqrt}) are CPython's exactly. The elementary functions CPython
 * takes from the C library (exp, log, pow, sin, ...) come from Java's {@code Math}, which
 * agrees with glibc's to the last bit on all but a few inputs in a thousand (both are within
 * one unit in the last place); {@code erf}, {@code erfc}, {@code gamma} and {@code lgamma} are
 * left out.
 */
final class MathModule {
  private MathModule() {}

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("math");
    m.define("pi", Math.PI).define("e", Math.E).define("tau", 2 * Math.PI)
        .define("inf", Double.POSITIVE_INFINITY).define("nan", Double.NaN);
    unary(m, "sqrt", Math::sqrt, false);
    unary(m, "exp", Math::exp, true);
    unary(m, "exp2", x -> Math.pow(2.0, x), true);
    unary(m, "expm1", Math::expm1, true);
    unary(m, "log1p", MathModule::log1p, false);
    unary(m, "cbrt", Math::cbrt, false);
    unary(m, "sin", Math::sin, false);
    unary(m, "cos", Math::cos, false);
    unary(m, "tan", Math::tan, false);
    unary(m, "asin", Math::asin, false);
    unary(m, "acos", Math::acos, false);
    unary(m, "atan", Math::atan, false);
    unary(m, "sinh", Math::sinh, true);
    unary(m, "cosh", Math::cosh, true);
    unary(m, "tanh", Math::tanh, false);
    unary(m, "asinh", MathModule::asinh, false);
    unary(m, "acosh", MathModule::acosh, false);
    unary(m, "atanh", MathModule::atanh, false);
    unary(m, "fabs", Math::abs, false);
    m.function("log", (a, k) -> {
      Args.exact("log", a, k, 1, 2);
      double num = logHelper(a[0], MathModule::log);
      if (a.length == 1) {
        return num;
      }
      double den = logHelper(a[1], MathModule::log);
      if (den == 0) {
        throw Errors.zeroDivision("float division by zero");
      }
      return num / den;
    });
    m.function("log2", (a, k) -> {
      Args.exact("log2", a, k, 1, 1);
      return logHelper(a[0], MathModule::log2);
    });
    m.function("log10", (a, k) -> {
      Args.exact("log10", a, k, 1, 1);
      return logHelper(a[0], MathModule::log10);
    });
    m.function("pow", (a, k) -> {
      Args.exact("pow", a, k, 2, 2);
      return pow(real(a[0]), real(a[1]));
    });
    m.function("atan2", (a, k) -> {
      Args.exact("atan2", a, k, 2, 2);
      return Math.atan2(real(a[0]), real(a[1]));
    });
    m.function("copysign", (a, k) -> {
      Args.exact("copysign", a, k, 2, 2);
      return Math.copySign(real(a[0]), real(a[1]));
    });
    m.function("fmod", (a, k) -> {
      Args.exact("fmod", a, k, 2, 2);
      double x = real(a[0]);
      double y = real(a[1]);
      if (Double.isInfinite(y) && !Double.isInfinite(x) && !Double.isNaN(x)) {
        return x;
      }
      double r = x % y;
      if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
        throw domain();
      }
      return r;
    });
    m.function("remainder", (a, k) -> {
      Args.exact("remainder", a, k, 2, 2);
      double x = real(a[0]);
      double y = real(a[1]);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return Double.NaN;
      }
      if (Double.isInfinite(x) || y == 0) {
        throw domain();
      }
      return Double.isInfinite(y) ? x : Math.IEEEremainder(x, y);
    });
    m.function("ldexp", (a, k) -> {
      Args.exact("ldexp", a, k, 2, 2);
      double x = real(a[0]);
      if (!Numbers.isInt(a[1])) {
        throw Errors.typeError("Expected an int as second argument to ldexp.");
      }
      BigInteger e = Numbers.big(a[1]);
      if (x == 0 || Double.isInfinite(x) || Double.isNaN(x)) {
        return x;
      }
      int exp = e.compareTo(BigInteger.valueOf(5000)) > 0 ? 5000
          : e.compareTo(BigInteger.valueOf(-5000)) < 0 ? -5000 : e.intValue();
      double r = Math.scalb(x, exp);
      if (Double.isInfinite(r)) {
        throw range();
      }
      return r;
    });
    m.function("frexp", (a, k) -> {
      Args.exact("frexp", a, k, 1, 1);
      double[] fr = FloatBits.frexp(real(a[0]));
      return PyTuple.of(fr[0], (long) fr[1]);
    });
    m.function("modf", (a, k) -> {
      Args.exact("modf", a, k, 1, 1);
      double x = real(a[0]);
      if (Double.isInfinite(x)) {
        return PyTuple.of(Math.copySign(0.0, x), x);
      }
      double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
      return PyTuple.of(Math.copySign(x - ip, x), ip);
    });
    m.function("isfinite", (a, k) -> Double.isFinite(real(one("isfinite", a, k))));
    m.function("isinf", (a, k) -> Double.isInfinite(real(one("isinf", a, k))));
    m.function("isnan", (a, k) -> Double.isNaN(real(one("isnan", a, k))));
    m.function("degrees", (a, k) -> real(one("degrees", a, k)) * (180.0 / Math.PI));
    m.function("radians", (a, k) -> real(one("radians", a, k)) * (Math.PI / 180.0));
    m.function("floor", (a, k) -> rounding(one("floor", a, k), "__floor__", true));
    m.function("ceil", (a, k) -> rounding(one("ceil", a, k), "__ceil__", false));
    m.function("trunc", (a, k) -> {
      Object x = one("trunc", a, k);
      if (x instanceof Double d) {
        return floatToInt(d);
      }
      if (Numbers.isInt(x)) {
        return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
      }
      Object r = Ops.callDunder(x, "__trunc__");
      if (r == null) {
        throw Errors.typeError("type " + Types.of(x).name() + " doesn't define __trunc__ method");
      }
      return r;
    });
    m.function("isclose", (a, k) -> isclose(a, k));
    m.function("fsum", (a, k) -> fsum(one("fsum", a, k)));
    m.function("hypot", (a, k) -> {
      Args.noKeywords("hypot", k);
      double[] v = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        v[i] = real(a[i]);
      }
      return Norms.vectorNorm(v);
    });
    m.function("dist", (a, k) -> {
      Args.exact("dist", a, k, 2, 2);
      return Norms.dist(a[0], a[1]);
    });
    m.function("nextafter", (a, k) -> {
      Args.exact("nextafter", a, k, 2, 2);
      return Math.nextAfter(real(a[0]), real(a[1]));
    });
    m.function("ulp", (a, k) -> {
      double x = Math.abs(real(one("ulp", a, k)));
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        return x;
      }
      double next = Math.nextUp(x);
      if (Double.isInfinite(next)) {
        return x - Math.nextDown(x);
      }
      return next - x;
    });
    IntegerFunctions.install(m);
    m.function("prod", (a, k) -> {
      Args.count("prod", a, k, 1, 1);
      Object acc = Args.keyword("prod", a, k, "start", 1L);
      Object it = Ops.iter(a[0]);
      for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
        acc = Arith.binary(Operator.Binary.MUL, false, acc, v);
      }
      return acc;
    });
    return m;
  }

  private static Object one(String name, Object[] a, String[] k) {
    Args.exact(name, a, k, 1, 1);
    return a[0];
  }

  static PyException domain() {
    return Errors.valueError("math domain error");
  }

  static PyException range() {
    return Errors.overflow("math range error");
  }

  /** PyFloat_AsDouble: float, int, bool or an object with __float__ (or __index__). */
  static double real(Object o) {
    if (o instanceof Double d) {
      return d;
    }
    if (Numbers.isNumber(o)) {
      return Numbers.toDouble(o);
    }
    Object f = Ops.callDunder(o, "__float__");
    if (f instanceof Double d) {
      return d;
    }
    Object i = Ops.callDunder(o, "__index__");
    if (i != null) {
      return Numbers.toDouble(i);
    }
    throw Errors.typeError("must be real number, not " + Types.of(o).name());
  }

  /**
   * CPython's math_1: a NaN out of a non-NaN argument is a domain error, an infinity out of a
   * finite one a range error (when the function can overflow) or a domain error.
   */
  private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
    m.function(name, (a, k) -> {
      Args.exact(name, a, k, 1, 1);
      double x = real(a[0]);
      double r = f.applyAsDouble(x);
      if (Double.isNaN(r) && !Double.isNaN(x)) {
        throw domain();
      }
      if (Double.isInfinite(r) && Double.isFinite(x)) {
        throw canOverflow ? range() : domain();
      }
      return r;
    });
  }

  // ---- logarithms (m_log, m_log2, m_log10 and loghelper)

  /** A log of a positive finite argument, or the special cases; NaN marks a domain error. */
  private static double log(double x) {
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

  private static double logHelper(Object arg, DoubleUnaryOperator f) {
    if (Numbers.isInt(arg)) {
      BigInteger n = Numbers.big(arg);
      if (n.signum() <= 0) {
        throw domain();
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
    return logOf(real(arg), f);
  }

  private static double logOf(double x, DoubleUnaryOperator f) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x <= 0 || (Double.isInfinite(x) && x < 0)) {
      throw domain();
    }
    if (Double.isInfinite(x)) {
      return x;
    }
    return f.applyAsDouble(x);
  }

  private static double log1p(double x) {
    return Math.log1p(x);
  }

  // ---- inverse hyperbolics (Java has none; fdlibm's formulas as glibc)

  private static double asinh(double x) {
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

  private static double acosh(double x) {
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

  private static double atanh(double x) {
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
      throw domain();
    }
    if (Double.isInfinite(r)) {
      throw x == 0 ? domain() : range();
    }
    return r;
  }

  // ---- floor, ceil, isclose, fsum

  private static Object rounding(Object x, String dunder, boolean floor) {
    if (x instanceof Double d) {
      return floatToInt(floor ? Math.floor(d) : Math.ceil(d));
    }
    if (Numbers.isInt(x)) {
      return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
    }
    Object r = Ops.callDunder(x, dunder);
    if (r != null) {
      return r;
    }
    double d = real(x);
    return floatToInt(floor ? Math.floor(d) : Math.ceil(d));
  }

  static Object floatToInt(double d) {
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw Errors.overflow("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 9.2e18) {
      return (long) d;
    }
    return Numbers.normalize(new java.math.BigDecimal(d).toBigInteger());
  }

  private static Object isclose(Object[] a, String[] k) {
    Args.count("isclose", a, k, 2, 2);
    double x = real(a[0]);
    double y = real(a[1]);
    double relTol = real(Args.keyword("isclose", a, k, "rel_tol", 1e-9, "abs_tol"));
    double absTol = real(Args.keyword("isclose", a, k, "abs_tol", 0.0, "rel_tol"));
    if (relTol < 0.0 || absTol < 0.0) {
      throw Errors.valueError("tolerances must be non-negative");
    }
    if (x == y) {
      return true;
    }
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return false;
    }
    double diff = Math.abs(y - x);
    return ((diff <= Math.abs(relTol * y)) || (diff <= Math.abs(relTol * x)))
        || (diff <= absTol);
  }

  /** CPython's math_fsum: Shewchuk's exact partials, half-even correction across partials. */
  static double fsum(Object iterable) {
    double[] p = new double[32];
    int n = 0;
    double specialSum = 0.0;
    double infSum = 0.0;
    Object it = Ops.iter(iterable);
    for (Object item = Ops.next(it); item != null; item = Ops.next(it)) {
      double x = real(item);
      double xsave = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = p[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double yr = hi - x;
        double lo = y - yr;
        if (lo != 0.0) {
          p[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          if (Double.isFinite(xsave)) {
            throw Errors.overflow("intermediate overflow in fsum");
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          specialSum += xsave;
          n = 0;
        } else {
          if (n == p.length) {
            p = java.util.Arrays.copyOf(p, p.length * 2);
          }
          p[n++] = x;
        }
      }
    }
    if (specialSum != 0.0) {
      if (Double.isNaN(infSum)) {
        throw Errors.valueError("-inf + inf in fsum");
      }
      return specialSum;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = p[--n];
      double lo = 0.0;
      while (n > 0) {
        double x = hi;
        double y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
          break;
        }
      }
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
          hi = x;
        }
      }
    }
    return hi;
  }
}
