package corosim.report;

import java.util.Objects;

/**
 * One stretch of a chart row, in virtual seconds. A zero-length segment ({@code start == end}) is
 * a step that took no virtual time; the chart widens it so it stays visible.
 */
public record Segment(double start, double end, SegmentKind kind) {
  public Segment {
    Objects.requireNonNull(kind, "kind");
    if (!(end >= start)) {
      throw new IllegalArgumentException(
          "segment end must be >= start, got " + start + " .. " + end);
    }
  }

  public double length() {
    return end - start;
  }
}
