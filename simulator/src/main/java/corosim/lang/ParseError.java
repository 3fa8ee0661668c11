package corosim.lang;

/**
 * Thrown inside the parser to abandon the current statement; the statement loop reports the
 * diagnostic and resumes at the next statement. A null diagnostic means the problem was already
 * reported (by the lexer, as an ERROR token). Never escapes {@link Parser#parse}.
 */
final class ParseError extends RuntimeException {
  private final transient Diagnostic diagnostic;

  ParseError(Diagnostic diagnostic) {
    super(diagnostic == null ? "already reported" : diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  /** The problem to report, or null if it has been reported already. */
  Diagnostic diagnostic() {
    return diagnostic;
  }
}
