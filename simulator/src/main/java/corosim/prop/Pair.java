package corosim.prop;

/** Two values drawn together by {@link Gen#pairs}; prints as {@code (first, second)}. */
public record Pair<A, B>(A first, B second) {
  @Override
  public String toString() {
    return "(" + first + ", " + second + ")";
  }
}
