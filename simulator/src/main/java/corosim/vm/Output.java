package corosim.vm;

/**
 * The program's standard output, cut into lines: each line is handed on with the virtual time
 * its newline was written; a last line without newline is handed on at the end of the run.
 */
public final class Output {
  /** Where complete lines go (the CLI stamps or prints them). */
  public interface Sink {
    /** A line of output; {@code terminated} is false only for a final line without newline. */
    void line(double time, String text, boolean terminated);

    /** Text for standard error (tracebacks, warnings, sys.stderr). */
    void error(String text);
  }

  private final Runtime rt;
  private final Sink sink;
  private final StringBuilder partial = new StringBuilder();

  Output(Runtime rt, Sink sink) {
    this.rt = rt;
    this.sink = sink;
  }

  public void write(String s) {
    int start = 0;
    int nl;
    while ((nl = s.indexOf('\n', start)) >= 0) {
      partial.append(s, start, nl);
      String line = partial.toString();
      partial.setLength(0);
      double t = rt.outputTime();
      if (!rt.captureJobLine(t, line)) {
        emit(t, line);
      }
      start = nl + 1;
    }
    partial.append(s, start, s.length());
  }

  /** Hands on a complete line printed at virtual time {@code t}. */
  void emit(double t, String line) {
    rt.environment().recordLine(t, line);
    sink.line(t, line, true);
  }

  /** Hands on an unterminated last line, if any. */
  public void finish(double time) {
    if (partial.length() > 0) {
      String line = partial.toString();
      partial.setLength(0);
      rt.environment().recordLine(time, line);
      sink.line(time, line, false);
    }
  }

  public void error(String text) {
    sink.error(text);
  }
}
