package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.Types;
import java.math.BigInteger;

/** The integer functions of {@code math}: gcd, lcm, factorial, comb, perm, isqrt. */
final class IntegerFunctions {
  private IntegerFunctions() {}

  static void install(PyModule m) {
    m.function("gcd", (a, k) -> {
      Args.noKeywords("gcd", k);
      BigInteger g = BigInteger.ZERO;
      for (Object x : a) {
        g = g.gcd(index(x));
      }
      return Numbers.normalize(g);
    });
    m.function("lcm", (a, k) -> {
      Args.noKeywords("lcm", k);
      BigInteger l = BigInteger.ONE;
      for (Object x : a) {
        BigInteger v = index(x).abs();
        if (v.signum() == 0 || l.signum() == 0) {
          l = BigInteger.ZERO;
          continue;
        }
        l = l.divide(l.gcd(v)).multiply(v);
      }
      return Numbers.normalize(l);
    });
    m.function("factorial", (a, k) -> {
      Args.exact("factorial", a, k, 1, 1);
      BigInteger n = index(a[0]);
      if (n.signum() < 0) {
        throw Errors.valueError("factorial() not defined for negative values");
      }
      if (n.bitLength() > 31) {
        throw Errors.overflow("factorial() argument should not exceed "
            + Long.MAX_VALUE);
      }
      return Numbers.normalize(product(1, n.longValue()));
    });
    m.function("comb", (a, k) -> {
      Args.exact("comb", a, k, 2, 2);
      BigInteger n = index(a[0]);
      BigInteger r = index(a[1]);
      checkNonNegative(n, r);
      if (r.compareTo(n) > 0) {
        return 0L;
      }
      BigInteger kk = r.min(n.subtract(r));
      BigInteger result = BigInteger.ONE;
      for (long i = 1; i <= kk.longValueExact(); i++) {
        result = result.multiply(n.subtract(BigInteger.valueOf(i - 1)))
            .divide(BigInteger.valueOf(i));
      }
      return Numbers.normalize(result);
    });
    m.function("perm", (a, k) -> {
      Args.exact("perm", a, k, 1, 2);
      BigInteger n = index(a[0]);
      if (a.length == 1 || a[1] == PyNone.NONE) {
        if (n.signum() < 0) {
          throw Errors.valueError("n must be a non-negative integer");
        }
        return Numbers.normalize(product(1, n.longValueExact()));
      }
      BigInteger r = index(a[1]);
      checkNonNegative(n, r);
      if (r.compareTo(n) > 0) {
        return 0L;
      }
      BigInteger result = BigInteger.ONE;
      for (long i = 0; i < r.longValueExact(); i++) {
        result = result.multiply(n.subtract(BigInteger.valueOf(i)));
      }
      return Numbers.normalize(result);
    });
    m.function("isqrt", (a, k) -> {
      Args.exact("isqrt", a, k, 1, 1);
      BigInteger n = index(a[0]);
      if (n.signum() < 0) {
        throw Errors.valueError("isqrt() argument must be nonnegative");
      }
      return Numbers.normalize(n.sqrt());
    });
  }

  private static void checkNonNegative(BigInteger n, BigInteger k) {
    if (n.signum() < 0) {
      throw Errors.valueError("n must be a non-negative integer");
    }
    if (k.signum() < 0) {
      throw Errors.valueError("k must be a non-negative integer");
    }
  }

  /** operator.index(x) as a BigInteger, with CPython's TypeError for non-integers. */
  static BigInteger index(Object x) {
    if (Numbers.isInt(x)) {
      return Numbers.big(x);
    }
    Object r = Ops.callDunder(x, "__index__");
    if (r != null && Numbers.isInt(r)) {
      return Numbers.big(r);
    }
    throw Errors.typeError("'" + Types.of(x).name() + "' object cannot be interpreted as an "
        + "integer");
  }

  /** lo * (lo+1) * ... * hi by binary splitting. */
  private static BigInteger product(long lo, long hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < 8) {
      BigInteger r = BigInteger.valueOf(lo);
      for (long i = lo + 1; i <= hi; i++) {
        r = r.multiply(BigInteger.valueOf(i));
      }
      return r;
    }
    long mid = (lo + hi) >>> 1;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }
}
