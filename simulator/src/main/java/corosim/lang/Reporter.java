package corosim.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects the diagnostics of one parse. The lexer's come first; a parser error in a statement
 * that already has a lexical error is dropped, since it is nearly always a consequence of it.
 *
 * <p>Invariant: no two consecutive diagnostics in {@code parsed} start at the same position.
 */
final class Reporter {
  private final List<Diagnostic> lexical;
  private final TreeSet<Integer> lexicalLines = new TreeSet<>();
  private final List<Diagnostic> parsed = new ArrayList<>();
  private int statementLine = 1;

  Reporter(List<Diagnostic> lexical) {
    this.lexical = new ArrayList<>(lexical);
    for (Diagnostic d : lexical) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        lexicalLines.add(d.span().line());
      }
    }
  }

  /** Sets the first line of the statement being parsed, for the suppression rule. */
  void startStatement(int line) {
    statementLine = line;
  }

  void report(Diagnostic d) {
    Integer lexicalError = lexicalLines.ceiling(Math.min(statementLine, d.span().line()));
    if (lexicalError != null && lexicalError <= Math.max(statementLine, d.span().line())) {
      return;
    }
    if (!parsed.isEmpty()) {
      SourceSpan last = parsed.get(parsed.size() - 1).span();
      if (last.line() == d.span().line() && last.col() == d.span().col()) {
        return;
      }
    }
    parsed.add(d);
  }

  /** Adds a problem found while lexing an f-string's expression. */
  void reportLexical(Diagnostic d) {
    if (lexical.contains(d)) {
      return; // the same f-string lexed again after backtracking
    }
    lexical.add(d);
    lexicalLines.add(d.span().line());
  }

  int mark() {
    return parsed.size();
  }

  void reset(int mark) {
    parsed.subList(mark, parsed.size()).clear();
  }

  /** Every diagnostic in source order; lexical before parser ones at the same place. */
  List<Diagnostic> all() {
    List<Diagnostic> out = new ArrayList<>(lexical);
    out.addAll(parsed);
    out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().line())
        .thenComparingInt(d -> d.span().col()));
    return out;
  }
}
