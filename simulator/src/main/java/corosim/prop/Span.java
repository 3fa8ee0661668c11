package corosim.prop;

/**
 * The choices [start, end) drawn by one generator call; spans nest and are kept in pre-order
 * (by start, parents before children). The shrinker deletes, zeroes, swaps and sorts whole spans,
 * which is how it removes a list element or a subtree in one step. Spans with the same label come
 * from the same generator, so one may stand in for another.
 */
record Span(int start, int end, Object label, int parent, int depth) {
  int length() {
    return end - start;
  }

  boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
