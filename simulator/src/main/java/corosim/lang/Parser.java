package corosim.lang;

import java.util.List;

/**
 * Parses a scenario into its syntax tree: the full Python 3.11 grammar as application code uses
 * it, with CPython's operator precedence, soft keywords and target rules. Every syntax error of
 * the file is reported, each as people read it (see {@link DiagnosticRenderer}).
 */
public final class Parser {
  private Parser() {}

  /**
   * The module of {@code source} and every diagnostic found, in source order. Never throws on
   * bad input; with errors the module holds the statements that did parse. Runs in time linear
   * in the length of the source.
   */
  public static ParseResult parse(Source source) {
    Lexer lexer = new Lexer(source);
    List<Token> tokens = lexer.tokenize();
    Reporter reporter = new Reporter(lexer.diagnostics());
    List<Stmt> body = List.of();
    try {
      body = new StatementParser(new TokenCursor(tokens, reporter)).file();
    } catch (RuntimeException | StackOverflowError e) {
      // Our bug, not the user's: say so in the diagnostics instead of crashing the caller.
      reporter.report(Diagnostic.error(SourceSpan.at(1, 1),
          "internal error in the parser: " + e, "please report this with the scenario file"));
    }
    return new ParseResult(new Node.Module(body, docstring(body)), reporter.all());
  }

  /** The first statement's string if it is a lone string literal, as CPython's get_docstring. */
  private static String docstring(List<Stmt> body) {
    if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant k && k.value() instanceof String s) {
      return s;
    }
    return null;
  }
}
