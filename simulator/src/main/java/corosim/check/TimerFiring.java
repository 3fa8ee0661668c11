package corosim.check;

/**
 * One timer that ran: its sequence number and label, when it was scheduled (NaN if the trace
 * does not say), its deadline, and when the loop ran it.
 */
public record TimerFiring(int timer, String label, double scheduledAt, double deadline, double ranAt) {
  /**
   * {@code ranAt - deadline}: how late it ran. Zero when the loop was free; a blocked loop makes
   * it positive; a deadline already past when scheduled ({@code call_at} in the past) too. May be
   * below zero by less than the clock resolution (1e-9 s), as a timer that close is due.
   */
  public double lateness() {
    return ranAt - deadline;
  }
}
