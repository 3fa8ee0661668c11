package corosim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the segments and ticks of one chart row, merging a segment into the previous one of the
 * same kind when they touch or overlap (many zero-length steps at one instant draw as one mark).
 *
 * <p>Invariant: only RUNNING segments may be zero-length (a step that took no virtual time); a
 * task ready or waiting for 0 s, or a loop busy for 0 s, adds nothing.
 */
final class RowBuilder {
  private final List<Segment> segments = new ArrayList<>();
  private final Map<SegmentKind, Integer> lastOfKind = new EnumMap<>(SegmentKind.class);
  private final List<Double> ticks = new ArrayList<>();

  void add(double start, double end, SegmentKind kind) {
    if (end < start || (end == start && kind != SegmentKind.RUNNING)) {
      return;
    }
    Integer last = lastOfKind.get(kind);
    if (last != null) {
      Segment previous = segments.get(last);
      if (start <= previous.end()) {
        segments.set(last, new Segment(previous.start(), Math.max(previous.end(), end), kind));
        return;
      }
    }
    segments.add(new Segment(start, end, kind));
    lastOfKind.put(kind, segments.size() - 1);
  }

  void tick(double time) {
    ticks.add(time);
  }

  /** The row, segments ordered by start (stable, so equal starts keep the order they came in). */
  GanttRow build(String label, int task) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparingDouble(Segment::start));
    return new GanttRow(label, task, sorted, ticks);
  }
}
