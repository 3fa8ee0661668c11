package corosim.check;

/**
 * One handle the loop ran: a task step ({@code task >= 0}) or a callback ({@code task == -1}),
 * what it was ({@code Task-3 worker} or the callback's label), and when. A run longer than zero
 * held the loop: nothing else ran meanwhile.
 */
public record HandleRun(int event, int task, String label, double start, double end) {
  /** How long it held the loop, in virtual seconds. */
  public double duration() {
    return end - start;
  }
}
