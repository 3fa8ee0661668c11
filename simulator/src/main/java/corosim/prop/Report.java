package corosim.prop;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The text of an {@link Outcome}: one line (two with labels) for a pass, the full story for a
 * failure — seed, shrunk counterexample, the failure, shrinking, labels, how to replay — and a
 * message with a hint for a run that gave up. Lower case, no final periods, no wall-clock time.
 */
final class Report {
  /** What a failure report says beyond the outcome's numbers. */
  record Failure(
      TestCase testCase,
      boolean forAll,
      Throwable failure,
      boolean flaky,
      String replayedFrom,
      String fileProblem,
      int maxShrinks) {}

  /** A simulation may draw thousands of latencies; the report lists the first few. */
  static final int MAX_DRAWS = 20;

  private Report() {}

  static String of(Outcome o, Settings settings, Failure details) {
    return switch (o.verdict()) {
      case PASSED -> passed(o, settings);
      case FAILED -> failed(o, details);
      case GAVE_UP -> gaveUp(o, settings);
    };
  }

  private static String passed(Outcome o, Settings settings) {
    StringBuilder out = new StringBuilder();
    out.append("property ").append(o.property()).append(" passed ").append(cases(o.cases()));
    if (o.cases() < settings.cases()) {
      out.append(" of ").append(settings.cases()).append(" wanted");
    }
    out.append(" (seed ").append(o.seed());
    if (o.rejected() > 0) {
      out.append(", ").append(o.rejected()).append(" rejected");
    }
    if (o.overrun() > 0) {
      out.append(", ").append(o.overrun()).append(" overran");
    }
    out.append(')');
    if (!o.labels().isEmpty()) {
      out.append("\n  labels: ").append(labels(o.labels(), o.cases()));
    }
    return out.toString();
  }

  private static String failed(Outcome o, Failure d) {
    StringBuilder out = new StringBuilder();
    out.append("property ").append(o.property()).append(" failed (seed ").append(o.seed()).append(")\n\n");
    if (d.forAll()) {
      out.append("counterexample: ").append(indent(String.valueOf(o.counterexample()))).append('\n');
    } else {
      out.append("counterexample:\n");
      List<Object> drawn = d.testCase().drawn();
      for (int i = 0; i < Math.min(drawn.size(), MAX_DRAWS); i++) {
        out.append("  draw ").append(i + 1).append(": ").append(indent(String.valueOf(drawn.get(i)))).append('\n');
      }
      if (drawn.size() > MAX_DRAWS) {
        out.append("  ... and ").append(drawn.size() - MAX_DRAWS).append(" more draws\n");
      }
      if (drawn.isEmpty()) {
        out.append("  (no draws)\n");
      }
    }
    for (String note : d.testCase().notes()) {
      out.append("  note: ").append(indent(note)).append('\n');
    }
    out.append('\n');
    out.append("failure: ").append(indent(String.valueOf(d.failure()))).append('\n');
    Outcome.Shrinking s = o.shrinking();
    out.append("shrunk in ").append(plural(s.steps(), "step")).append(" (")
        .append(plural(s.runs(), "run")).append("): ")
        .append(plural(s.fromChoices(), "choice")).append(" down to ").append(s.toChoices()).append('\n');
    if (s.budgetHit()) {
      out.append("shrinking stopped at its budget of ").append(plural(d.maxShrinks(), "run"))
          .append(" (").append(Settings.MAX_SHRINKS).append("): the counterexample may not be minimal\n");
    }
    if (d.flaky()) {
      out.append("warning: the shrunk case passed when run again; is the test deterministic?\n");
    }
    out.append(d.replayedFrom() != null ? "found by replaying " + d.replayedFrom() : "found after " + cases(o.cases()));
    if (!o.labels().isEmpty()) {
      out.append("; labels: ").append(labels(o.labels(), o.cases()));
    }
    out.append("\n\nrun this case first:\n");
    if (o.replayFile() != null) {
      out.append("  -D").append(Settings.REPLAY).append('=').append(o.replayFile()).append('\n');
    } else {
      out.append("  (no replay file: ").append(d.fileProblem()).append(")\n");
    }
    long[] choices = o.choices().stream().mapToLong(Long::longValue).toArray();
    out.append("  -D").append(Settings.REPLAY).append('=').append(ChoiceSequences.format(choices)).append('\n');
    out.append("repeat the whole run: -D").append(Settings.SEED).append('=').append(o.seed());
    return out.toString();
  }

  private static String gaveUp(Outcome o, Settings settings) {
    int tried = o.cases() + o.rejected() + o.overrun();
    StringBuilder out = new StringBuilder();
    out.append("property ").append(o.property()).append(" gave up: ")
        .append(o.rejected() + o.overrun()).append(" of ").append(plural(tried, "case"))
        .append(" were rejected or overran, only ").append(o.cases()).append(" valid (seed ")
        .append(o.seed()).append(")\n");
    out.append("  rejected by a filter or assume: ").append(o.rejected()).append('\n');
    out.append("  overran the choice budget of ").append(settings.maxChoices()).append(": ")
        .append(o.overrun()).append('\n');
    if (o.overrun() > o.rejected()) {
      out.append("hint: a case draws more than ").append(settings.maxChoices())
          .append(" choices; draw less (smaller collections, shallower recursion) or raise -D")
          .append(Settings.MAX_CHOICES);
    } else {
      out.append("hint: a filter or assumption rejects nearly every case; generate valid values")
          .append(" directly (map instead of filter) or weaken the assumption");
    }
    return out.toString();
  }

  /** {@code a 50.0% (5), b 50.0% (5)}, in the order given. */
  static String labels(Map<String, Integer> labels, int cases) {
    StringJoiner out = new StringJoiner(", ");
    for (Map.Entry<String, Integer> e : labels.entrySet()) {
      double percent = cases == 0 ? 0 : 100.0 * e.getValue() / cases;
      out.add(String.format(Locale.ROOT, "%s %.1f%% (%d)", e.getKey(), percent, e.getValue()));
    }
    return out.toString();
  }

  private static String cases(int n) {
    return plural(n, "case");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String indent(String text) {
    return text.replace("\n", "\n    ");
  }
}
