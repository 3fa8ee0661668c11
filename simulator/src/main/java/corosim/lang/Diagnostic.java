package corosim.lang;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a scenario: where, how bad, what, and optional hints on what to do.
 * Messages are lower case, quote source text in single quotes and end without a period.
 */
public record Diagnostic(Severity severity, SourceSpan span, String message, List<String> hints) {
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    hints = List.copyOf(hints);
  }

  public static Diagnostic error(SourceSpan span, String message, String... hints) {
    return new Diagnostic(Severity.ERROR, span, message, List.of(hints));
  }
}
