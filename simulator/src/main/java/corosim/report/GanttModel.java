package corosim.report;

import corosim.trace.RunEnd;
import corosim.trace.TaskInfo;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a Gantt chart shows, shaped from a {@link Trace} and nothing else: the loop's row first,
 * then one row per task in creation order (asyncio's internal shutdown tasks get none). {@code
 * end} is the right edge of the data: the run's elapsed time, or a later event's end if any.
 */
public record GanttModel(
    String scenario, long seed, double elapsed, RunEnd runEnd, double end, List<GanttRow> rows) {
  public GanttModel {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(runEnd, "runEnd");
    if (!(end >= 0)) {
      throw new IllegalArgumentException("end must be >= 0, got " + end);
    }
    rows = List.copyOf(rows);
  }

  /**
   * Shapes the trace into rows. A task's row starts at its first event and stops at TASK_DONE; a
   * task still pending when the run ended waits (or is ready) until {@code end}. The loop is busy
   * during every step or callback that took virtual time and blocked during BLOCKED spans; printed
   * lines tick the row of the task that printed them, or the loop's row when printed outside
   * tasks or by an internal task.
   */
  public static GanttModel of(Trace trace) {
    RowBuilder loop = new RowBuilder();
    TaskTimeline[] timelines = new TaskTimeline[trace.taskCount()];
    for (TaskInfo info : trace.tasks()) {
      if (!info.internal()) {
        timelines[info.id()] = new TaskTimeline();
      }
    }
    double end = Math.max(0, trace.elapsed());
    for (int i = 0; i < trace.size(); i++) {
      double from = trace.start(i);
      double to = trace.end(i);
      end = Math.max(end, to);
      int task = trace.task(i);
      TaskTimeline timeline = task >= 0 && task < timelines.length ? timelines[task] : null;
      switch (trace.kind(i)) {
        case TASK_CREATED, TIMER_FIRED -> {}
        case TASK_READY -> {
          if (timeline != null) {
            timeline.ready(from);
          }
        }
        case STEP -> {
          loop.add(from, to, SegmentKind.BUSY);
          if (timeline != null) {
            timeline.step(from, to, trace.stepEnd(i), trace.waitKind(i));
          }
        }
        case CALLBACK -> loop.add(from, to, SegmentKind.BUSY);
        case TASK_DONE -> {
          if (timeline != null) {
            timeline.done(from);
          }
        }
        case LINE -> {
          if (timeline != null) {
            timeline.tick(from);
          } else {
            loop.tick(from);
          }
        }
        case BLOCKED -> loop.add(from, to, SegmentKind.BLOCKED);
      }
    }
    List<GanttRow> rows = new ArrayList<>();
    rows.add(loop.build(GanttRow.LOOP, -1));
    for (TaskInfo info : trace.tasks()) {
      if (timelines[info.id()] != null) {
        rows.add(timelines[info.id()].build(info.label(), info.id(), end));
      }
    }
    return new GanttModel(
        trace.scenario(), trace.seed(), trace.elapsed(), trace.runEnd(), end, rows);
  }

  /** {@code two_tasks — elapsed 3.000000 s}: the elapsed time to the microsecond. */
  public String title() {
    return String.format(Locale.ROOT, "%s \u2014 elapsed %.6f s", scenario, elapsed);
  }

  /** {@code seed 0}, followed by how the run ended unless it ended normally. */
  public String subtitle() {
    String seedText = "seed " + seed;
    return runEnd == RunEnd.OK
        ? seedText
        : seedText + " \u00b7 run ended: " + runEnd.name().toLowerCase(Locale.ROOT);
  }
}
