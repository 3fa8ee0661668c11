package corosim.report;

import java.util.List;
import java.util.Objects;

/**
 * One row of a Gantt chart: the loop ({@code task == -1}) or one task, its segments in time order
 * and the instants (virtual seconds) at which it printed a line.
 */
public record GanttRow(String label, int task, List<Segment> segments, List<Double> ticks) {
  /** The label of the loop's row. */
  public static final String LOOP = "loop";

  public GanttRow {
    Objects.requireNonNull(label, "label");
    if (task < -1) {
      throw new IllegalArgumentException("task must be >= -1, got " + task);
    }
    segments = List.copyOf(segments);
    ticks = List.copyOf(ticks);
  }

  public boolean isLoop() {
    return task == -1;
  }
}
