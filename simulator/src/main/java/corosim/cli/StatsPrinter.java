package corosim.cli;

import corosim.check.BlockingAnalyzer;
import corosim.check.RunStats;
import corosim.check.TaskStats;
import corosim.check.TaskStatsAnalyzer;
import corosim.check.Wait;
import corosim.trace.Trace;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code corosim run --stats} prints on standard error after the run: one row per task
 * in creation order, then the loop's totals. Standard output stays exactly what {@code --stamp}
 * (or a plain run) prints, so it remains machine-parseable.
 */
final class StatsPrinter {
  private static final String[] HEADER = {
    "task", "created", "first run", "finished", "outcome", "steps", "running", "ready-wait total",
    "ready-wait max", "longest wait"
  };

  private StatsPrinter() {}

  static void print(Trace trace, PrintStream err) {
    err.print(format(trace));
    err.flush();
  }

  static String format(Trace trace) {
    RunStats stats = TaskStatsAnalyzer.analyze(trace);
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (TaskStats t : stats.tasks()) {
      rows.add(new String[] {
        t.label() + (t.internal() ? " (internal)" : ""),
        Stamp.of(t.created()),
        time(t.firstRun()),
        time(t.finished()),
        t.pending() ? "pending" : t.outcome().name().toLowerCase(Locale.ROOT),
        Integer.toString(t.steps()),
        Stamp.of(t.running()),
        Stamp.of(t.readyWaitTotal()),
        Stamp.of(t.readyWaitMax()),
        longest(t.longestWait())
      });
    }
    int[] width = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# stats of ").append(stats.scenario()).append(" (seed ").append(stats.seed())
        .append("): ended ").append(stats.runEnd()).append(" at ")
        .append(Stamp.of(stats.loop().elapsed())).append('\n');
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(row[c]);
        if (c < row.length - 1) {
          line.append(" ".repeat(width[c] - row[c].codePointCount(0, row[c].length()) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    var loop = stats.loop();
    int slow = BlockingAnalyzer.analyze(trace).slow().size();
    out.append("loop: busy ").append(Stamp.of(loop.busy()))
        .append("  blocked ").append(Stamp.of(loop.blocked()))
        .append("  idle ").append(Stamp.of(loop.idle()))
        .append("  iterations ").append(loop.iterations())
        .append("  handles ").append(loop.handles())
        .append("  slow handles (>= 0.1 s) ").append(slow).append('\n');
    return out.toString();
  }

  private static String time(double t) {
    return Double.isNaN(t) ? "-" : Stamp.of(t);
  }

  private static String longest(Wait w) {
    if (w == null) {
      return "-";
    }
    String duration = Double.isNaN(w.to()) ? "still waiting since " + Stamp.of(w.from())
        : Stamp.of(w.duration());
    return w.describe() + " " + duration;
  }
}
