package corosim.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexer's scanners for names, numbers and string literals, with CPython's rules for where a
 * literal ends and its messages when it is malformed. Each scanner starts at the current position
 * of the shared {@link CharReader} and leaves it after the token.
 */
final class LiteralScanner {
  private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
  private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

  static {
    for (TokenKind kind : TokenKind.values()) {
      String text = kind.text();
      if (text == null) {
        continue;
      }
      if (Character.isLetter(text.charAt(0))) {
        KEYWORDS.put(text, kind);
      } else {
        OPERATORS.put(text, kind);
      }
    }
  }

  private final CharReader in;
  private final List<Diagnostic> diagnostics;

  LiteralScanner(CharReader in, List<Diagnostic> diagnostics) {
    this.in = in;
    this.diagnostics = diagnostics;
  }

  /** The longest operator or delimiter at {@code start}, or null if none starts there. */
  static TokenKind operatorAt(CharReader in, int start) {
    for (int len = 3; len >= 1; len--) {
      if (start + len <= in.length()) {
        TokenKind kind = OPERATORS.get(in.text(start, start + len));
        if (kind != null) {
          return kind;
        }
      }
    }
    return null;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentifierStart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
        || c >= 128 && Character.isUnicodeIdentifierStart(c);
  }

  static boolean isIdentifierPart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9'
        || c >= 128 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }

  /** Python's str.isprintable for one code point. */
  static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  /** A name, a keyword, or a string literal with a prefix such as {@code rb"..."}. */
  TokenKind nameOrPrefixedString(int start, int line, int col) {
    while (!in.atEnd() && isIdentifierPart(in.peekCodePoint())) {
      in.skip(Character.charCount(in.peekCodePoint()));
    }
    String word = in.text(start, in.pos());
    if (word.length() <= 2 && !in.atEnd() && (in.peek() == '"' || in.peek() == '\'')
        && isStringPrefix(word)) {
      return string(start, line, col);
    }
    TokenKind keyword = KEYWORDS.get(word);
    return keyword != null ? keyword : TokenKind.NAME;
  }

  private static boolean isStringPrefix(String word) {
    switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "r", "u", "b", "f", "br", "rb", "fr", "rf":
        return true;
      default:
        return false;
    }
  }

  /** A string literal whose opening quote is at the current position. */
  TokenKind string(int start, int line, int col) {
    char quote = in.peek();
    boolean triple = in.peekAt(1) == quote && in.peekAt(2) == quote;
    in.skip(triple ? 3 : 1);
    while (true) {
      if (in.atEnd()) {
        return unterminated(line, col, triple, quote);
      }
      char c = in.peek();
      if (c == '\\') {
        in.skip(1);
        if (in.atEnd()) {
          continue;
        }
        if (in.peek() == '\n' || in.peek() == '\r') {
          in.newline();
        } else {
          in.skip(Character.charCount(in.peekCodePoint()));
        }
      } else if (c == '\n' || c == '\r') {
        if (!triple) {
          return unterminated(line, col, false, quote);
        }
        in.newline();
      } else if (c == quote && (!triple || in.peekAt(1) == quote && in.peekAt(2) == quote)) {
        in.skip(triple ? 3 : 1);
        return TokenKind.STRING;
      } else {
        in.skip(1);
      }
    }
  }

  private TokenKind unterminated(int line, int col, boolean triple, char quote) {
    int detected = in.atLineStart() && in.line() > line ? in.line() - 1 : in.line();
    String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
    String hint = triple
        ? "close the string with " + String.valueOf(quote).repeat(3)
        : "close the string with " + quote + " on the same line, or use triple quotes for text"
            + " over several lines";
    diagnostics.add(Diagnostic.error(SourceSpan.at(line, col),
        what + " (detected at line " + detected + ")", hint));
    return TokenKind.ERROR;
  }

  /** A number literal: int in any base, float, or imaginary, with CPython's checks. */
  TokenKind number() {
    int start = in.pos();
    int line = in.line();
    int col = in.col();
    char c = in.peek();
    if (c == '0' && "xXoObB".indexOf(in.peekAt(1)) >= 0) {
      char base = Character.toLowerCase(in.peekAt(1));
      in.skip(2);
      String kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
      String digits = base == 'x' ? "0123456789abcdefABCDEF" : base == 'o' ? "01234567" : "01";
      do {
        if (!in.atEnd() && in.peek() == '_') {
          in.skip(1);
        }
        if (in.atEnd() || digits.indexOf(in.peek()) < 0) {
          if (!in.atEnd() && base != 'x' && isDigit(in.peek())) {
            return bad(start, line, col, "invalid digit '" + in.peek() + "' in " + kind + " literal");
          }
          return bad(start, line, col, "invalid " + kind + " literal");
        }
        while (!in.atEnd() && digits.indexOf(in.peek()) >= 0) {
          in.skip(1);
        }
      } while (!in.atEnd() && in.peek() == '_');
      if (!in.atEnd() && base != 'x' && isDigit(in.peek())) {
        return bad(start, line, col, "invalid digit '" + in.peek() + "' in " + kind + " literal");
      }
      return endOfNumber(start, line, col, kind);
    }
    boolean fraction = c == '.';
    if (!fraction) {
      if (!decimalTail()) {
        return bad(start, line, col, "invalid decimal literal");
      }
      if (!in.atEnd() && in.peek() == '.') {
        in.skip(1);
        fraction = true;
      }
    } else {
      in.skip(1);
    }
    boolean isFloat = fraction;
    if (fraction && !in.atEnd() && isDigit(in.peek()) && !decimalTail()) {
      return bad(start, line, col, "invalid decimal literal");
    }
    if (!in.atEnd() && (in.peek() == 'e' || in.peek() == 'E')) {
      char sign = in.peekAt(1);
      int digitAt = sign == '+' || sign == '-' ? 2 : 1;
      if (isDigit(in.peekAt(digitAt))) {
        in.skip(digitAt);
        isFloat = true;
        if (!decimalTail()) {
          return bad(start, line, col, "invalid decimal literal");
        }
      } else if (digitAt == 2) {
        return bad(start, line, col, "invalid decimal literal");
      }
    }
    if (!in.atEnd() && (in.peek() == 'j' || in.peek() == 'J')) {
      in.skip(1);
      return endOfNumber(start, line, col, "imaginary");
    }
    String text = in.text(start, in.pos());
    if (!isFloat && text.length() > 1 && text.charAt(0) == '0' && text.replace("_", "").chars()
        .anyMatch(d -> d != '0')) {
      diagnostics.add(Diagnostic.error(new SourceSpan(line, col, line, in.col()),
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for"
              + " octal integers", "write " + text.replaceFirst("^[0_]+", "") + ", or 0o"
              + text.replaceFirst("^[0_]+", "") + " for an octal number"));
      return TokenKind.ERROR;
    }
    return endOfNumber(start, line, col, "decimal");
  }

  /** Digits with single underscores between them; false on a misplaced underscore. */
  private boolean decimalTail() {
    while (true) {
      while (!in.atEnd() && isDigit(in.peek())) {
        in.skip(1);
      }
      if (in.atEnd() || in.peek() != '_') {
        return true;
      }
      in.skip(1);
      if (in.atEnd() || !isDigit(in.peek())) {
        return false;
      }
    }
  }

  /** CPython's verify_end_of_number: a literal may touch only a keyword such as 'if' or 'or'. */
  private TokenKind endOfNumber(int start, int line, int col, String kind) {
    if (in.atEnd()) {
      return TokenKind.NUMBER;
    }
    for (String keyword : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
      if (in.length() - in.pos() >= keyword.length()
          && in.text(in.pos(), in.pos() + keyword.length()).equals(keyword)) {
        return TokenKind.NUMBER;
      }
    }
    if (isIdentifierPart(in.peekCodePoint())) {
      return bad(start, line, col, "invalid " + kind + " literal");
    }
    return TokenKind.NUMBER;
  }

  private TokenKind bad(int start, int line, int col, String message) {
    while (!in.atEnd() && (isIdentifierPart(in.peekCodePoint()) || in.peek() == '.')) {
      in.skip(Character.charCount(in.peekCodePoint()));
    }
    String text = in.text(start, in.pos());
    diagnostics.add(Diagnostic.error(new SourceSpan(line, col, line, in.col()),
        message + " '" + text + "'"));
    return TokenKind.ERROR;
  }
}
