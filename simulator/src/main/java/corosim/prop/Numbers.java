package corosim.prop;

/**
 * How numbers are laid out in the choice sequence so that shrinking moves them toward zero (or
 * the bound nearest zero): a magnitude, the distance from that target, then a sign choice if the
 * range has values on both sides of it. Lowering the magnitude choice lowers the distance, and a
 * positive value is simpler than its negative.
 *
 * <p>Generation is biased the way bugs are: one draw in sixteen is a boundary (the target, min,
 * max or next to the target) and three in sixteen are small, the rest uniform over the range.
 */
final class Numbers {
  private static final long DOUBLE_STEPS = 1L << 53;

  private Numbers() {}

  /** An integer in [min, max], shrinking toward 0 or the bound nearest it; min > Long.MIN_VALUE. */
  static long integer(TestCase tc, long min, long max) {
    long target = Math.max(min, Math.min(max, 0));
    long up = max - target;
    long down = target - min;
    long[] sampled = new long[1];
    long magnitude =
        tc.choice(
            Math.max(up, down),
            rng -> {
              sampled[0] = sampleInteger(rng, min, max, target);
              return Math.abs(sampled[0] - target);
            });
    boolean negative = magnitude > up;
    if (up > 0 && down > 0) {
      // Drawn even where the magnitude decides the side, so that lowering a magnitude (to 0, or
      // below the shorter side) never shifts the choices after it.
      long sign = tc.choice(1, rng -> sampled[0] < target ? 1 : 0);
      negative = magnitude > up || sign == 1 && magnitude <= down;
    }
    return negative ? target - magnitude : target + magnitude;
  }

  private static long sampleInteger(Rng rng, long min, long max, long target) {
    long kind = rng.nextBounded(15);
    if (kind == 0) {
      long[] edges = {target, min, max, Math.min(max, target + 1), Math.max(min, target - 1)};
      return edges[(int) rng.nextBounded(edges.length - 1)];
    }
    if (kind <= 3) {
      long bits = 1 + rng.nextBounded(15);
      long small = rng.nextBounded((1L << bits) - 1);
      long v = rng.nextBounded(1) == 0 ? target + small : target - small;
      return Math.max(min, Math.min(max, v));
    }
    long width = max - min;
    if (width >= 0) {
      return min + rng.nextBounded(width);
    }
    long v; // the range is wider than 2^63: reject the values outside it
    do {
      v = rng.nextLong();
    } while (v < min || v > max);
    return v;
  }

  /** A finite double in [min, max], shrinking toward 0 or the bound nearest it. */
  static double real(TestCase tc, double min, double max) {
    double target = Math.max(min, Math.min(max, 0.0));
    double up = max - target;
    double down = target - min;
    double widest = Math.max(up, down);
    if (widest == 0) {
      return target;
    }
    double[] sampled = new double[1];
    long k =
        tc.choice(
            DOUBLE_STEPS,
            rng -> {
              sampled[0] = sampleReal(rng, min, max, target);
              double f = Math.abs(sampled[0] - target) / widest;
              return Math.min(DOUBLE_STEPS, Math.round(f * DOUBLE_STEPS));
            });
    double magnitude = TestCase.between(0, widest, (double) k / DOUBLE_STEPS);
    boolean negative = magnitude > up;
    if (up > 0 && down > 0) { // drawn always, as for integers
      long sign = tc.choice(1, rng -> sampled[0] < target ? 1 : 0);
      negative = magnitude > up || sign == 1 && magnitude <= down;
    }
    double v = negative ? target - magnitude : target + magnitude;
    return Math.max(min, Math.min(max, v));
  }

  private static double sampleReal(Rng rng, double min, double max, double target) {
    if (rng.nextBounded(15) == 0) {
      double[] edges = {target, min, max};
      return edges[(int) rng.nextBounded(edges.length - 1)];
    }
    return TestCase.between(min, max, rng.nextDouble());
  }
}
