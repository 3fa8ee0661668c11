package corosim.check;

/**
 * One request of a task for a resource, from RESOURCE_REQUESTED to RESOURCE_ACQUIRED or
 * RESOURCE_ABANDONED (or still open when the trace ended): when it was made and ended, whether
 * the task suspended meanwhile ({@code waited}), and how many later requests were granted before
 * it ({@code overtakenBy}).
 */
public record ResourceRequest(
    int resource,
    int task,
    String label,
    int event,
    double requestedAt,
    Outcome outcome,
    double endedAt,
    boolean waited,
    int overtakenBy) {

  /** How a request ended. */
  public enum Outcome {
    ACQUIRED,
    ABANDONED,
    PENDING
  }

  /** From request to grant or abandonment, in virtual seconds; NaN while pending. */
  public double waitTime() {
    return endedAt - requestedAt;
  }
}
