package corosim.check;

/** A broken simulator invariant: which rule, at which trace event, and what was seen. */
public record Violation(String rule, int event, String message) {
  @Override
  public String toString() {
    return rule + " at event " + event + ": " + message;
  }
}
