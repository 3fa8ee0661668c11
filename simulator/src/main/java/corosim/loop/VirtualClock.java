package corosim.loop;

/**
 * The process-wide virtual monotonic clock, in seconds from 0. Every loop of a run reads it.
 * Invariant: {@code now} never decreases.
 */
public final class VirtualClock {
  private double now;

  public double now() {
    return now;
  }

  /** Moves to {@code t} if it is later (an idle loop jumping to its next timer). */
  public void advanceTo(double t) {
    if (t > now) {
      now = t;
    }
  }

  /** Moves forward by {@code seconds}, as a blocking {@code time.sleep} does. */
  public void advanceBy(double seconds) {
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
    }
    now = now + seconds;
  }
}
