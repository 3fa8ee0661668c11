package corosim.prop;

/**
 * Drives the elements of a collection. Below the minimum size each element is drawn without
 * asking; above it a "one more?" flag (1 = more) precedes each element, sampled so that sizes
 * average a few elements over the minimum. Each element and its flag form one span, so deleting
 * the span removes the element cleanly; the final 0 flag gets a span of its own label.
 *
 * <p>Invariant: {@code count} elements have been accepted, and a span is open exactly between a
 * {@code true} from {@link #more} and the matching {@link #done} or {@link #discard}.
 */
final class Many {
  private static final Object STOP = new Object();

  private final TestCase tc;
  private final int min;
  private final int max;
  private final Object label;
  private final double continueChance;
  private int count;
  private int misses;
  private boolean stopped;

  Many(TestCase tc, int min, int max, Object label) {
    this.tc = tc;
    this.min = min;
    this.max = max;
    this.label = label;
    // Hypothesis' average: a few over the minimum, never past the middle of the range.
    double average = Math.min(Math.max(min * 2.0, min + 5.0), min + (max - (double) min) / 2);
    double extra = average - min;
    this.continueChance = extra / (extra + 1);
  }

  /** Whether to draw another element; if so its span is open until {@link #done}. */
  boolean more() {
    if (stopped || count >= max) {
      return false;
    }
    tc.startSpan(label);
    if (count >= min) {
      long flag = tc.choice(1, rng -> rng.chance(continueChance) ? 1 : 0);
      if (flag == 0) {
        tc.relabelSpan(STOP);
        tc.endSpan();
        return false;
      }
    }
    count++;
    return true;
  }

  /** The element was accepted. */
  void done() {
    tc.endSpan();
    misses = 0;
  }

  /**
   * The element was a duplicate and is dropped; after ten in a row the collection stops where it
   * is, or the case is rejected if that is below the minimum size.
   */
  void discard() {
    tc.endSpan();
    count--;
    if (++misses >= 10) {
      if (count < min) {
        tc.reject();
      }
      stopped = true;
    }
  }
}
