package corosim.check;

import java.util.Arrays;

/**
 * A summary of durations in virtual seconds: how many, their total, and the nearest-rank
 * percentiles. An empty distribution has count 0 and every figure 0.
 */
public record Distribution(
    int count, double total, double mean, double p50, double p90, double p99, double max) {

  /** Summarises {@code values} (not modified). */
  public static Distribution of(double[] values) {
    if (values.length == 0) {
      return new Distribution(0, 0, 0, 0, 0, 0, 0);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double total = 0;
    for (double v : sorted) {
      total += v;
    }
    return new Distribution(
        sorted.length,
        total,
        total / sorted.length,
        rank(sorted, 0.50),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile: the smallest value with at least {@code q} of them at or below. */
  private static double rank(double[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
