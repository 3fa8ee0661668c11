package corosim.check;

/** Checks about the first printed line matching a pattern; made by {@link TraceAssert#line}. */
public final class LineAssert {
  private final TraceAssert parent;
  private final LinePattern pattern;

  LineAssert(TraceAssert parent, LinePattern pattern) {
    this.parent = parent;
    this.pattern = pattern;
  }

  /** Back to the whole trace. */
  public TraceAssert and() {
    return parent;
  }

  public LineAssert wasPrinted() {
    if (OutputAnalyzer.first(parent.trace(), pattern) == null) {
      parent.fail("no line matching " + pattern + " was printed");
    }
    return this;
  }

  public LineAssert wasNotPrinted() {
    PrintedLine l = OutputAnalyzer.first(parent.trace(), pattern);
    if (l != null) {
      parent.fail("expected no line matching " + pattern + " but '" + l.text() + "' was printed at "
          + Times.format(l.time()));
    }
    return this;
  }

  /** Its first match came before the first line equal to {@code text}. */
  public LineAssert printedBefore(String text) {
    return printedBefore(LinePattern.text(text));
  }

  /** Its first match came before the first line in which {@code regex} finds a match. */
  public LineAssert printedBeforeLineMatching(String regex) {
    return printedBefore(LinePattern.regex(regex));
  }

  private LineAssert printedBefore(LinePattern then) {
    OutputOrder order = OutputAnalyzer.order(parent.trace(), pattern, then);
    if (!order.holds()) {
      parent.fail("expected a line matching " + pattern + " before one matching " + then + ", but "
          + order.explanation());
    }
    return this;
  }

  /** Its first match was printed at virtual time {@code seconds} (within 1e-9 s). */
  public LineAssert printedAt(double seconds) {
    PrintedLine l = wasPrintedLine();
    if (!(Math.abs(l.time() - seconds) <= 1e-9)) {
      parent.fail("expected '" + l.text() + "' at " + Times.format(seconds) + " but it was printed at "
          + Times.format(l.time()));
    }
    return this;
  }

  /** Its first match was printed by the task {@code name} (see {@link TraceAssert#task}). */
  public LineAssert printedBy(String name) {
    PrintedLine l = wasPrintedLine();
    int task = parent.findTask(name);
    if (l.task() != task) {
      parent.fail("expected '" + l.text() + "' to be printed by "
          + parent.trace().taskInfo(task).label() + " but it was printed by "
          + SimulatorInvariants.label(parent.trace(), l.task()));
    }
    return this;
  }

  private PrintedLine wasPrintedLine() {
    wasPrinted();
    return OutputAnalyzer.first(parent.trace(), pattern);
  }
}
