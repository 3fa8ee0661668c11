package corosim.check;

import java.util.List;

/**
 * What {@link BlockingAnalyzer} found: every handle run that held the loop (duration above zero)
 * in order, those at or over the slow-callback threshold, and the loop's totals.
 */
public record Blocking(
    double threshold, List<HandleRun> blocking, List<HandleRun> slow, LoopTotals totals) {
  public Blocking {
    blocking = List.copyOf(blocking);
    slow = List.copyOf(slow);
  }

  /** The longest a handle held the loop, 0 when none did. */
  public double max() {
    double max = 0;
    for (HandleRun r : blocking) {
      max = Math.max(max, r.duration());
    }
    return max;
  }
}
