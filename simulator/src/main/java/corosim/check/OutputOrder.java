package corosim.check;

/**
 * Whether the first line matching {@code first} was printed before the first line matching
 * {@code then}: both must appear, and {@code first}'s must come earlier in output order. The
 * matched lines are null when absent.
 */
public record OutputOrder(LinePattern first, LinePattern then, PrintedLine firstLine, PrintedLine thenLine) {
  public boolean holds() {
    return firstLine != null && thenLine != null && firstLine.event() < thenLine.event();
  }

  /** Why the order does not hold, in words; empty when it holds. */
  public String explanation() {
    if (holds()) {
      return "";
    }
    if (firstLine == null) {
      return "no line matching " + first + " was printed";
    }
    if (thenLine == null) {
      return "no line matching " + then + " was printed";
    }
    return "the first line matching " + then + " ('" + thenLine.text() + "' at "
        + Times.format(thenLine.time()) + ") came before the first matching " + first + " ('"
        + firstLine.text() + "' at " + Times.format(firstLine.time()) + ")";
  }
}
