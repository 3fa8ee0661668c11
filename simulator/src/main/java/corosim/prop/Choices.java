package corosim.prop;

/**
 * Where a run takes its nondeterministic choices from: the view of a {@link TestCase} that the
 * simulator needs for latency samples and tie orders (DESIGN.md, decision 4). Under the property
 * engine every draw is one entry of the case's choice sequence, so the shrinker can simplify it;
 * {@code min} is always the simplest answer, the one a shrunk schedule tends to.
 *
 * <p>Two methods on purpose: everything else (a distribution, a permutation) is built on them by
 * the caller. A latency from a distribution, for instance, is its inverse CDF applied to {@code
 * drawDouble(0, 1)}, so it shrinks toward the distribution's lowest quantile.
 */
public interface Choices {
  /**
   * An int in [min, max], both ends included, uniformly distributed while generating.
   *
   * @throws IllegalArgumentException if {@code min > max}
   */
  int drawInt(int min, int max);

  /**
   * A finite double in [min, max], both ends included, uniformly distributed while generating.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
   */
  double drawDouble(double min, double max);
}
