package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/** The program's printed lines, with their tasks and times, and the order of matching lines. */
public final class OutputAnalyzer {
  private OutputAnalyzer() {}

  /** Every printed line in output order. */
  public static List<PrintedLine> lines(Trace trace) {
    List<PrintedLine> out = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      if (trace.kind(i) == EventKind.LINE) {
        out.add(new PrintedLine(i, trace.task(i), trace.start(i), trace.text(i)));
      }
    }
    return out;
  }

  /** The printed lines matching {@code pattern}, in output order. */
  public static List<PrintedLine> matching(Trace trace, LinePattern pattern) {
    return lines(trace).stream().filter(l -> pattern.matches(l.text())).toList();
  }

  /** The first line matching {@code pattern}, or null. */
  public static PrintedLine first(Trace trace, LinePattern pattern) {
    for (int i = 0; i < trace.size(); i++) {
      if (trace.kind(i) == EventKind.LINE && pattern.matches(trace.text(i))) {
        return new PrintedLine(i, trace.task(i), trace.start(i), trace.text(i));
      }
    }
    return null;
  }

  /** Whether a line matching {@code first} was printed before any line matching {@code then}. */
  public static OutputOrder order(Trace trace, LinePattern first, LinePattern then) {
    return new OutputOrder(first, then, first(trace, first), first(trace, then));
  }
}
