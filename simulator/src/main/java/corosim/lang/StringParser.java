package corosim.lang;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals: adjacent literals joined, escapes decoded exactly as CPython decodes them,
 * bytes kept apart from text, f-strings handed to {@link FStringParser}.
 */
final class StringParser {
  /** One STRING token taken apart: prefix flags, the text between the quotes, where it starts. */
  record Literal(Token token, boolean raw, boolean bytes, boolean format, String body,
      int bodyLine, int bodyCol) {
    static Literal of(Token token) {
      String text = token.text();
      int prefix = 0;
      while (text.charAt(prefix) != '\'' && text.charAt(prefix) != '"') {
        prefix++;
      }
      String flags = text.substring(0, prefix).toLowerCase(java.util.Locale.ROOT);
      char quote = text.charAt(prefix);
      int quotes = text.startsWith(String.valueOf(quote).repeat(3), prefix)
          && text.length() >= prefix + 6 ? 3 : 1;
      String body = text.substring(prefix + quotes, text.length() - quotes);
      return new Literal(token, flags.contains("r"), flags.contains("b"), flags.contains("f"),
          body, token.span().line(), token.span().col() + prefix + quotes);
    }

    /** The source span of {@code length} chars of the body from {@code index}. */
    SourceSpan spanOf(int index, int length) {
      int line = bodyLine;
      int lineStart = 0;
      for (int i = 0; i < index && i < body.length(); i++) {
        char ch = body.charAt(i);
        if (ch == '\n' || ch == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n')) {
          line++;
          lineStart = i + 1;
        }
      }
      int col = (lineStart == 0 ? bodyCol : 1) + body.codePointCount(lineStart, index);
      int end = Math.min(body.length(), index + Math.max(1, length));
      return new SourceSpan(line, col, line, col + Math.max(1, body.codePointCount(index, end)));
    }
  }

  private final TokenCursor c;
  private final FStringParser fstrings;

  StringParser(ExpressionParser expressions) {
    this.c = expressions.c;
    this.fstrings = new FStringParser(this, c);
  }

  /** One or more adjacent string literals as one Constant or JoinedStr. */
  Expr strings() {
    Token first = c.peek();
    List<Literal> parts = new ArrayList<>();
    while (c.check(TokenKind.STRING)) {
      parts.add(Literal.of(c.advance()));
    }
    SourceSpan span = c.spanFrom(first);
    boolean anyBytes = parts.stream().anyMatch(Literal::bytes);
    if (anyBytes && !parts.stream().allMatch(Literal::bytes)) {
      throw c.error(span, "cannot mix bytes and nonbytes literals",
          "make every part a bytes literal b\"...\", or none");
    }
    if (anyBytes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Literal lit : parts) {
        byte[] data = decodeBytes(lit);
        out.write(data, 0, data.length);
      }
      return new Expr.Constant(new Expr.Bytes(out.toByteArray()), span);
    }
    if (parts.stream().noneMatch(Literal::format)) {
      StringBuilder out = new StringBuilder();
      for (Literal lit : parts) {
        out.append(decode(lit, 0, lit.body().length()));
      }
      return new Expr.Constant(out.toString(), span);
    }
    FStringParser.Builder joined = new FStringParser.Builder(span);
    for (Literal lit : parts) {
      if (lit.format()) {
        fstrings.parse(lit, joined);
      } else {
        joined.addText(decode(lit, 0, lit.body().length()));
      }
    }
    return joined.build();
  }

  /** The text of {@code body[from, to)} with escapes decoded (raw: only newlines normalised). */
  String decode(Literal lit, int from, int to) {
    String s = lit.body();
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char ch = s.charAt(i);
      if (ch == '\r') {
        out.append('\n');
        i += i + 1 < to && s.charAt(i + 1) == '\n' ? 2 : 1;
      } else if (ch != '\\' || lit.raw() || i + 1 >= to) {
        out.append(ch);
        i++;
      } else {
        i = escape(lit, i, to, out, null);
      }
    }
    return out.toString();
  }

  private byte[] decodeBytes(Literal lit) {
    String s = lit.body();
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    StringBuilder one = new StringBuilder();
    int i = 0;
    boolean reported = false;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch >= 128 && !reported) {
        c.report(lit.token().span(), "bytes can only contain ASCII literal characters",
            "write the bytes as \\x escapes, or encode a str: \"...\".encode()");
        reported = true;
      }
      if (ch == '\r') {
        out.write('\n');
        i += i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
      } else if (ch != '\\' || lit.raw() || i + 1 >= s.length()) {
        out.write(ch & 0xFF);
        i++;
      } else {
        one.setLength(0);
        i = escape(lit, i, s.length(), one, out);
      }
    }
    return out.toByteArray();
  }

  /**
   * Decodes the escape at {@code body[i]} (a backslash) into {@code out}, or into {@code bytes}
   * for a bytes literal, where {@code \\u}, {@code \\U} and {@code \\N} are not escapes; returns
   * the index after it. CPython keeps an unknown escape as written, with a warning.
   */
  private int escape(Literal lit, int i, int to, StringBuilder out, ByteArrayOutputStream bytes) {
    String s = lit.body();
    char e = s.charAt(i + 1);
    int simple = switch (e) {
      case '\\' -> '\\';
      case '\'' -> '\'';
      case '"' -> '"';
      case 'a' -> 7;
      case 'b' -> 8;
      case 'f' -> 12;
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 11;
      default -> -1;
    };
    if (simple >= 0) {
      put(simple, out, bytes);
      return i + 2;
    }
    if (e == '\n' || e == '\r') {
      return i + (e == '\r' && i + 2 < to && s.charAt(i + 2) == '\n' ? 3 : 2);
    }
    if (e >= '0' && e <= '7') {
      int j = i + 1;
      int value = 0;
      while (j < to && j < i + 4 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
        value = value * 8 + (s.charAt(j) - '0');
        j++;
      }
      if (value > 0377) {
        c.reporter().report(new Diagnostic(Diagnostic.Severity.WARNING, lit.spanOf(i, j - i),
            "invalid octal escape sequence '\\" + s.substring(i + 1, j) + "'",
            List.of("octal escapes go up to \\377")));
      }
      put(bytes != null ? value & 0xFF : value, out, bytes);
      return j;
    }
    int digits = e == 'x' ? 2 : bytes != null ? 0 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits > 0) {
      int end = i + 2 + digits;
      if (end > to || !isHex(s, i + 2, end)) {
        c.report(lit.spanOf(i, 2), "truncated \\" + e + " escape: expected " + digits
            + " hex digits", "write \\" + e + " followed by exactly " + digits + " hex digits");
        return Math.min(to, i + 2);
      }
      long value = Long.parseLong(s.substring(i + 2, end), 16);
      if (value > Character.MAX_CODE_POINT) {
        c.report(lit.spanOf(i, end - i), "illegal Unicode character '\\" + s.substring(i + 1, end)
            + "': above U+10FFFF");
        return end;
      }
      put((int) value, out, bytes);
      return end;
    }
    if (e == 'N' && bytes == null) {
      int close = s.indexOf('}', i);
      if (i + 2 < to && s.charAt(i + 2) == '{' && close > 0 && close < to) {
        String name = s.substring(i + 3, close);
        try {
          out.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException unknown) {
          c.report(lit.spanOf(i, close + 1 - i), "unknown Unicode character name '" + name + "'",
              "names are as in the Unicode standard, e.g. \\N{EM DASH}");
        }
        return close + 1;
      }
      c.report(lit.spanOf(i, 2), "malformed \\N character escape",
          "write \\N{NAME}, e.g. \\N{EM DASH}");
      return i + 2;
    }
    c.reporter().report(new Diagnostic(Diagnostic.Severity.WARNING, lit.spanOf(i, 2),
        "invalid escape sequence '\\" + e + "'",
        List.of("write \\\\" + e + " for a backslash, or use a raw string r\"...\"")));
    put('\\', out, bytes);
    return i + 1;
  }

  private static boolean isHex(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(s.charAt(k), 16) < 0 || s.charAt(k) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static void put(int value, StringBuilder out, ByteArrayOutputStream bytes) {
    if (bytes != null) {
      bytes.write(value);
    } else {
      out.appendCodePoint(value);
    }
  }
}
