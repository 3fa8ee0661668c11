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
    unary(m, "log1p", Libm::log1p, false);
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
    unary(m, "asinh", Libm::asinh, false);
    unary(m, "acosh", Libm::acosh, false);
    unary(m, "atanh", Libm::atanh, false);
    unary(m, "fabs", Math::abs, false);
    m.function("log", (a, k) -> {
      Args.exact("log", a, k, 1, 2);
      double num = Libm.logHelper(a[0], Libm::log);
      if (a.length == 1) {
        return num;
      }
      double den = Libm.logHelper(a[1], Libm::log);
      if (den == 0) {
        throw Errors.zeroDivision("float division by zero");
      }
      return num / den;
    });
    m.function("log2", (a, k) -> {
      Args.exact("log2", a, k, 1, 1);
      return Libm.logHelper(a[0], Libm::log2);
    });
    m.function("log10", (a, k) -> {
      Args.exact("log10", a, k, 1, 1);
      return Libm.logHelper(a[0], Libm::log10);
    });
    m.function("pow", (a, k) -> {
      Args.exact("pow", a, k, 2, 2);
      return Libm.pow(real(a[0]), real(a[1]));
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
