package corosim.vm.lib;

import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyList;
import corosim.vm.PyTuple;

/**
 * {@code math.hypot} and {@code math.dist}: CPython's vector_norm, which scales by a power of
 * two, sums the squares with error-free transformations and corrects the square root once, so
 * the result is what CPython prints to the last bit.
 */
final class Norms {
  private Norms() {}

  static double vectorNorm(double[] v) {
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < v.length; i++) {
      double x = Math.abs(v[i]);
      v[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return norm(v, max, foundNan);
  }

  private static double norm(double[] vec, double max, boolean foundNan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || vec.length <= 1) {
      return max;
    }
    int maxE = (int) FloatBits.frexp(max)[1];
    if (maxE < -1023) {
      for (int i = 0; i < vec.length; i++) {
        vec[i] /= Double.MIN_NORMAL;
      }
      return Double.MIN_NORMAL * norm(vec, max / Double.MIN_NORMAL, false);
    }
    double scale = Math.scalb(1.0, -maxE);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (double value : vec) {
      double x = value * scale;
      double prHi = x * x;
      double prLo = Math.fma(x, x, -prHi);
      double smHi = csum + prHi;
      double smLo = (csum - smHi) + prHi;
      csum = smHi;
      frac1 += prLo;
      frac2 += smLo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    double prHi = -h * h;
    double prLo = Math.fma(-h, h, -prHi);
    double smHi = csum + prHi;
    double smLo = (csum - smHi) + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
  }

  static double dist(Object p, Object q) {
    if (!(p instanceof PyTuple || p instanceof PyList) || !(q instanceof PyTuple || q instanceof PyList)) {
      Object[] ps = Ops.toArray(p);
      Object[] qs = Ops.toArray(q);
      return dist(ps, qs);
    }
    return dist(Ops.toArray(p), Ops.toArray(q));
  }

  private static double dist(Object[] p, Object[] q) {
    if (p.length != q.length) {
      throw Errors.valueError("both points must have the same number of dimensions");
    }
    double[] diffs = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      diffs[i] = MathModule.real(p[i]) - MathModule.real(q[i]);
    }
    return vectorNorm(diffs);
  }
}
