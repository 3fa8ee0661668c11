package corosim.lang;

import java.util.List;

/**
 * The parsers' shared position in the token list, with the small vocabulary every grammar rule
 * is written in: {@code peek}, {@code advance}, {@code check}, {@code match}, {@code expect}.
 *
 * <p>Invariant: {@code pos} indexes a token of the list, which ends with END; advancing at END
 * stays at END, so a rule that loops on {@code advance} always terminates.
 */
final class TokenCursor {
  private final List<Token> tokens;
  private final Reporter reporter;
  private int pos;

  TokenCursor(List<Token> tokens, Reporter reporter) {
    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind() != TokenKind.END) {
      throw new IllegalStateException("token list must end with END, got " + tokens);
    }
    this.tokens = tokens;
    this.reporter = reporter;
  }

  Reporter reporter() {
    return reporter;
  }

  Token peek() {
    return tokens.get(pos);
  }

  /** The token {@code ahead} places after the current one (END past the end). */
  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  Token previous() {
    return tokens.get(Math.max(0, pos - 1));
  }

  Token advance() {
    Token t = tokens.get(pos);
    if (t.kind() != TokenKind.END) {
      pos++;
    }
    return t;
  }

  boolean check(TokenKind kind) {
    return tokens.get(pos).kind() == kind;
  }

  /** Whether the current token is the soft keyword or name {@code name}. */
  boolean checkName(String name) {
    Token t = tokens.get(pos);
    return t.kind() == TokenKind.NAME && t.text().equals(name);
  }

  boolean match(TokenKind kind) {
    if (check(kind)) {
      advance();
      return true;
    }
    return false;
  }

  /**
   * Consumes a token of {@code kind} or throws "expected 'x' {context}, found 'y'". The found part
   * is left out at the end of a line, where the caret already points past the last token.
   */
  Token expect(TokenKind kind, String context, String... hints) {
    if (check(kind)) {
      return advance();
    }
    String what = switch (kind) {
      case NEWLINE -> "end of line";
      case INDENT -> "an indented block";
      case NAME -> "a name";
      default -> kind.text() != null ? "'" + kind.text() + "'" : kind.name().toLowerCase();
    };
    throw errorAt(peek(), "expected " + what + (context.isEmpty() ? "" : " " + context)
        + found(peek()), hints);
  }

  /** A name, or an error "expected {what}, found ...". */
  Token expectName(String what, String... hints) {
    if (check(TokenKind.NAME)) {
      return advance();
    }
    Token t = peek();
    if (t.kind().text() != null && Character.isLetter(t.kind().text().charAt(0))) {
      throw errorAt(t, "expected " + what + found(t),
          "'" + t.text() + "' is a Python keyword and cannot be used as a name");
    }
    throw errorAt(t, "expected " + what + found(t), hints);
  }

  /** ", found 'x'" for an unexpected token; empty at the end of a line. */
  String found(Token t) {
    return switch (t.kind()) {
      case NEWLINE -> "";
      case END -> ", found end of file";
      case INDENT -> ", found an indented line";
      case DEDENT -> ", found the end of the block";
      default -> ", found '" + shorten(t.text()) + "'";
    };
  }

  private static String shorten(String text) {
    String firstLine = text.lines().findFirst().orElse("");
    return firstLine.length() > 30 || firstLine.length() < text.length()
        ? firstLine.substring(0, Math.min(27, firstLine.length())) + "..."
        : text;
  }

  /** The span from {@code start} to the end of the last consumed token that is not layout. */
  SourceSpan spanFrom(Token start) {
    return spanFrom(start.span());
  }

  SourceSpan spanFrom(SourceSpan start) {
    SourceSpan end = lastEnd();
    if (end.endLine() < start.line() || end.endLine() == start.line() && end.endCol() < start.col()) {
      return start;
    }
    return start.to(end);
  }

  /** The last consumed token that is not NEWLINE, INDENT or DEDENT. */
  SourceSpan lastEnd() {
    for (int i = pos - 1; i >= 0; i--) {
      TokenKind k = tokens.get(i).kind();
      if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
        return tokens.get(i).span();
      }
    }
    return tokens.get(0).span();
  }

  /**
   * An error at token {@code t}; at a layout token it points just past the previous token, where
   * the missing thing belongs. An ERROR token was reported by the lexer: the error is silent.
   */
  ParseError errorAt(Token t, String message, String... hints) {
    if (t.kind() == TokenKind.ERROR) {
      return new ParseError(null);
    }
    SourceSpan span = t.span();
    if ((t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END || t.kind() == TokenKind.DEDENT)
        && pos > 0) {
      SourceSpan last = lastEnd();
      span = SourceSpan.at(last.endLine(), last.endCol());
    }
    return error(span, message, hints);
  }

  ParseError error(SourceSpan span, String message, String... hints) {
    return new ParseError(Diagnostic.error(span, message, hints));
  }

  /** Records a problem without abandoning the statement. */
  void report(SourceSpan span, String message, String... hints) {
    reporter.report(Diagnostic.error(span, message, hints));
  }

  /** Records a problem at token {@code t} (placed as {@link #errorAt} places it) and goes on. */
  void reportAt(Token t, String message, String... hints) {
    report(errorAt(t, message, hints));
  }

  void report(ParseError e) {
    if (e.diagnostic() != null) {
      reporter.report(e.diagnostic());
    }
  }

  /** A position to {@link #reset} to when a speculative parse fails. */
  long mark() {
    return ((long) pos << 32) | reporter.mark();
  }

  void reset(long mark) {
    pos = (int) (mark >>> 32);
    reporter.reset((int) mark);
  }

  int position() {
    return pos;
  }
}
