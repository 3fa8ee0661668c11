package corosim.compile;

import corosim.lang.Stmt;

/** Lowers {@code match} statements (not yet: reported as unsupported). */
final class PatternCompiler {
  private final Compiler c;

  PatternCompiler(Compiler c) {
    this.c = c;
  }

  void match(Stmt.Match s) {
    c.error(s.span(), "'match' statements are not supported yet", "use an if/elif chain");
  }
}
