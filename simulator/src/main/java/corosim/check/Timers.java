package corosim.check;

import java.util.List;

/**
 * What {@link TimerAnalyzer} found: every timer that ran, in the order it ran; how many were
 * scheduled, cancelled (or dropped when their loop closed) and still pending when the trace
 * ended; and lateness over the ones that ran.
 */
public record Timers(
    List<TimerFiring> fired, int scheduled, int cancelled, int pending, Distribution lateness) {
  public Timers {
    fired = List.copyOf(fired);
  }

  /** The latest any timer ran after its deadline, 0 when none ran. */
  public double maxLateness() {
    return lateness.max();
  }
}
