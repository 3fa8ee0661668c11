package corosim.report;

import corosim.trace.WaitKind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYIntervalDataItem;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Turns a {@link GanttModel} into JFreeChart's interval data: one series per segment kind present
 * (so each kind has one colour and one legend entry) plus one for printed lines. x is virtual
 * time, y the row index (0 = loop), each item a rectangle {@code xLow..xHigh × yLow..yHigh}.
 * Segments shorter than {@link ChartLayout#minWidth} are widened around their middle, so a step
 * that took no time stays visible.
 */
final class GanttDataset {
  static final String LINE_KEY = "printed line";

  /** Series in drawing order: waits under ready under running; loop marks, then ticks on top. */
  private static final List<SegmentKind> DRAW_ORDER = drawOrder();

  private GanttDataset() {}

  static XYIntervalSeriesCollection of(GanttModel model, ChartLayout layout) {
    Map<SegmentKind, XYIntervalSeries> byKind = new EnumMap<>(SegmentKind.class);
    XYIntervalSeries lines = series(LINE_KEY);
    List<GanttRow> rows = model.rows();
    for (int y = 0; y < rows.size(); y++) {
      GanttRow row = rows.get(y);
      for (Segment s : row.segments()) {
        XYIntervalSeries series = byKind.computeIfAbsent(s.kind(), k -> series(k.legend()));
        double mid = (s.start() + s.end()) / 2;
        double half = Math.max(s.length(), layout.minWidth()) / 2;
        add(series, s.start(), mid - half, mid + half, y, Palette.thickness(s.kind()));
      }
      for (double t : row.ticks()) {
        double half = layout.tickWidth() / 2;
        add(lines, t, t - half, t + half, y, Palette.TICK_THICKNESS);
      }
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    for (SegmentKind kind : DRAW_ORDER) {
      if (byKind.containsKey(kind)) {
        data.addSeries(byKind.get(kind));
      }
    }
    if (lines.getItemCount() > 0) {
      data.addSeries(lines);
    }
    return data;
  }

  /** The colour of a series of {@link #of}, by its key. */
  static Color color(Comparable<?> key) {
    for (SegmentKind kind : SegmentKind.values()) {
      if (kind.legend().equals(key)) {
        return Palette.color(kind);
      }
    }
    if (LINE_KEY.equals(key)) {
      return Palette.TICK;
    }
    throw new IllegalArgumentException("no series '" + key + "'");
  }

  private static XYIntervalSeries series(String key) {
    // Unsorted, duplicates allowed: items keep the order added and adding stays O(1).
    return new XYIntervalSeries(key, false, true);
  }

  private static void add(
      XYIntervalSeries series, double x, double xLow, double xHigh, int y, double thickness) {
    double half = thickness / 2;
    series.add(new XYIntervalDataItem(x, xLow, xHigh, y, y - half, y + half), false);
  }

  private static List<SegmentKind> drawOrder() {
    List<SegmentKind> order = new ArrayList<>();
    for (WaitKind wait : WaitKind.values()) {
      if (wait != WaitKind.NONE) {
        order.add(SegmentKind.awaiting(wait));
      }
    }
    order.addAll(
        List.of(SegmentKind.READY, SegmentKind.RUNNING, SegmentKind.BUSY, SegmentKind.BLOCKED));
    return List.copyOf(order);
  }
}
