package corosim.lang;

import java.util.Objects;

/**
 * One token: its kind, its exact source text (a string literal keeps prefix and quotes) and
 * where it stands. NEWLINE, INDENT, DEDENT and END have empty text.
 */
public record Token(TokenKind kind, String text, SourceSpan span) {
  public Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
