package corosim.prop;

/**
 * SplitMix64: the engine's only source of randomness, a pure function of its seed. Written out
 * here rather than taken from the JDK so that a printed seed draws the same cases on every Java
 * version.
 *
 * <p>Invariant: {@code state} advances by the golden gamma on every draw and on nothing else.
 */
final class Rng {
  private static final long GAMMA = 0x9e3779b97f4a7c15L;
  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** The generator of case {@code index} of a run: independent of how much earlier cases drew. */
  static Rng forCase(long seed, int index) {
    return new Rng(mix(seed ^ mix(index + GAMMA)));
  }

  long nextLong() {
    state += GAMMA;
    return mix(state);
  }

  /** Uniform in [0, bound], both ends included; {@code bound >= 0}. */
  long nextBounded(long bound) {
    if (bound == Long.MAX_VALUE) {
      return nextLong() >>> 1;
    }
    long range = bound + 1;
    if ((range & (range - 1)) == 0) {
      return nextLong() & (range - 1);
    }
    // Rejection sampling on the top 63 bits keeps every value equally likely.
    long limit = Long.MAX_VALUE - Long.MAX_VALUE % range;
    long r;
    do {
      r = nextLong() >>> 1;
    } while (r >= limit);
    return r % range;
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
