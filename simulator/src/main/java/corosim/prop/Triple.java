package corosim.prop;

/** Three values drawn together by {@link Gen#triples}; prints as {@code (first, second, third)}. */
public record Triple<A, B, C>(A first, B second, C third) {
  @Override
  public String toString() {
    return "(" + first + ", " + second + ", " + third + ")";
  }
}
