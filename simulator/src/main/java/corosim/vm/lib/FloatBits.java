package corosim.vm.lib;

/** Bit-level float helpers shared by math and random: C's frexp and ldexp. */
final class FloatBits {
  private FloatBits() {}

  /** {@code frexp(v)}: {m, e} with v == m * 2**e and 0.5 <= |m| < 1 (m = v for 0, inf, nan). */
  static double[] frexp(double v) {
    if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
      return new double[] {v, 0};
    }
    int shift = 0;
    if (Math.getExponent(v) < Double.MIN_EXPONENT) {
      v *= 0x1p54;
      shift = 54;
    }
    int e = Math.getExponent(v) + 1;
    return new double[] {Math.scalb(v, -e), e - shift};
  }
}
