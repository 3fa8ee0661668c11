package corosim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * f-strings by the Python 3.11 rules (CPython's fstring_find_literal and fstring_find_expr): no
 * backslash and no '#' inside the braces, the expression ends at a top-level '!', ':', '=' or
 * '}', format specs nest one level. Each expression is lexed and parsed where it stands in the
 * file, so its spans are real source positions.
 */
final class FStringParser {
  /**
   * Collects the parts of a JoinedStr, merging adjacent text and dropping empty text, as
   * CPython's FstringParser does. Invariant: {@code values} never holds two Constants in a row;
   * text not yet followed by a value waits in {@code pending}.
   */
  static final class Builder {
    private final SourceSpan span;
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    Builder(SourceSpan span) {
      this.span = span;
    }

    void addText(String text) {
      pending.append(text);
    }

    void addValue(Expr value) {
      flush();
      values.add(value);
    }

    private void flush() {
      if (pending.length() > 0) {
        values.add(new Expr.Constant(pending.toString(), span));
        pending.setLength(0);
      }
    }

    Expr.JoinedStr build() {
      flush();
      return new Expr.JoinedStr(values, span);
    }
  }

  private final StringParser strings;
  private final TokenCursor c;

  FStringParser(StringParser strings, TokenCursor cursor) {
    this.strings = strings;
    this.c = cursor;
  }

  /** Adds the parts of the f-string {@code lit} to {@code out}. */
  void parse(StringParser.Literal lit, Builder out) {
    parts(lit, 0, 0, out);
  }

  /**
   * Literal text and replacement fields from {@code i} to the end of the body, or, inside a
   * format spec ({@code level > 0}), to the '}' that ends the spec; returns where it stopped.
   */
  private int parts(StringParser.Literal lit, int i, int level, Builder out) {
    String s = lit.body();
    int n = s.length();
    int textStart = i;
    while (i < n) {
      char ch = s.charAt(i);
      if (!lit.raw() && ch == '\\' && i + 1 < n) {
        char next = s.charAt(i + 1);
        if (next == 'N' && i + 2 < n && s.charAt(i + 2) == '{') {
          int close = s.indexOf('}', i + 3);
          i = close < 0 ? n : close + 1; // the braces of \N{NAME} are not a field
          continue;
        }
        if (next != '{' && next != '}') {
          i += 2;
          continue;
        }
        i++; // a backslash before a brace: the brace still counts, as in CPython
        continue;
      }
      if (ch != '{' && ch != '}') {
        i++;
        continue;
      }
      if (level == 0 && i + 1 < n && s.charAt(i + 1) == ch) {
        out.addText(strings.decode(lit, textStart, i + 1));
        i += 2;
        textStart = i;
        continue;
      }
      if (ch == '}') {
        if (level > 0) {
          break;
        }
        throw c.error(lit.spanOf(i, 1), "f-string: single '}' is not allowed",
            "write '}}' for a literal '}'");
      }
      out.addText(strings.decode(lit, textStart, i));
      i = field(lit, i, level, out);
      textStart = i;
    }
    out.addText(strings.decode(lit, textStart, Math.min(i, n)));
    return i;
  }

  /** The replacement field whose '{' is at {@code open}; returns the index after its '}'. */
  private int field(StringParser.Literal lit, int open, int level, Builder out) {
    String s = lit.body();
    int n = s.length();
    if (level >= 2) {
      throw c.error(lit.spanOf(open, 1), "f-string: expressions nested too deeply",
          "compute the inner format spec into a variable first");
    }
    int start = open + 1;
    int j = expressionEnd(lit, start);
    String text = s.substring(start, j);
    if (text.isBlank()) {
      throw c.error(lit.spanOf(j < n ? j : open, 1), "f-string: empty expression not allowed",
          "put an expression between the braces, or write '{{' for a literal '{'");
    }
    Expr value = expression(lit, open, j, text);
    String selfDocumenting = null;
    if (s.charAt(j) == '=') {
      j++;
      while (j < n && " \t\n\r\f\u000b".indexOf(s.charAt(j)) >= 0) {
        j++;
      }
      selfDocumenting = s.substring(start, j);
    }
    int conversion = -1;
    if (j < n && s.charAt(j) == '!') {
      if (j + 1 >= n) {
        throw expectingBrace(lit, j + 1);
      }
      char conv = s.charAt(j + 1);
      if (conv == '}' || conv == ':') {
        throw c.error(lit.spanOf(j + 1, 1), "f-string: missing conversion character after '!'",
            "write !r for repr(), !s for str() or !a for ascii()");
      }
      if (conv != 's' && conv != 'r' && conv != 'a') {
        throw c.error(lit.spanOf(j + 1, 1), "f-string: invalid conversion character '" + conv
            + "': expected 's', 'r', or 'a'", "!r calls repr(), !s str(), !a ascii()");
      }
      conversion = conv;
      j += 2;
      if (j < n && s.charAt(j) != ':' && s.charAt(j) != '}') {
        throw expectingBrace(lit, j);
      }
    }
    Expr spec = null;
    if (j < n && s.charAt(j) == ':') {
      // CPython 3.11 places a format spec at the one literal holding it, not the concatenation.
      Builder specParts = new Builder(lit.token().span());
      j = parts(lit, j + 1, level + 1, specParts);
      spec = specParts.build();
    }
    if (j >= n || s.charAt(j) != '}') {
      throw expectingBrace(lit, j);
    }
    if (selfDocumenting != null) {
      out.addText(selfDocumenting);
      if (conversion == -1 && spec == null) {
        conversion = 'r';
      }
    }
    out.addValue(new Expr.FormattedValue(value, conversion, spec, out.span));
    return j + 1;
  }

  private ParseError expectingBrace(StringParser.Literal lit, int at) {
    int i = Math.min(at, lit.body().length() - 1);
    return c.error(i < 0 ? lit.token().span() : lit.spanOf(i, 1), "f-string: expecting '}'",
        "close the replacement field with '}'");
  }

  /** Where the expression starting at {@code start} ends: a top-level ! : = or }, as CPython. */
  private int expressionEnd(StringParser.Literal lit, int start) {
    String s = lit.body();
    int n = s.length();
    int depth = 0;
    char quote = 0;
    boolean triple = false;
    int j = start;
    while (j < n) {
      char ch = s.charAt(j);
      if (ch == '\\') {
        throw c.error(lit.spanOf(j, 1), "f-string expression part cannot include a backslash",
            "compute the value into a variable before the f-string");
      }
      if (quote != 0) {
        if (ch == quote && (!triple || s.startsWith(String.valueOf(ch).repeat(3), j))) {
          j += triple ? 3 : 1;
          quote = 0;
        } else {
          j++;
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        triple = s.startsWith(String.valueOf(ch).repeat(3), j);
        j += triple ? 3 : 1;
        continue;
      }
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == '#') {
        throw c.error(lit.spanOf(j, 1), "f-string expression part cannot include '#'");
      } else if (depth == 0 && "!:}=<>".indexOf(ch) >= 0) {
        char next = j + 1 < n ? s.charAt(j + 1) : 0;
        if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
          j += 2;
          continue;
        }
        if (ch != '<' && ch != '>') {
          return j;
        }
      } else if (ch == ')' || ch == ']' || ch == '}') {
        depth--;
      }
      j++;
    }
    if (quote != 0) {
      throw c.error(lit.spanOf(start, 1), "f-string: unterminated string",
          "close the string inside the braces");
    }
    throw expectingBrace(lit, n);
  }

  /**
   * Lexes and parses the text of the field {@code body[open+1, end)} as CPython 3.11 does: as if
   * in parentheses. Like CPython, an unparenthesised tuple or generator expression then spans
   * the braces, which stand where CPython's added parentheses stand.
   */
  private Expr expression(StringParser.Literal lit, int open, int end, String text) {
    SourceSpan at = lit.spanOf(open + 1, 1);
    Lexer lexer = new Lexer(text, at.line(), at.col(), true);
    List<Token> tokens = lexer.tokenize();
    if (!lexer.diagnostics().isEmpty()) {
      lexer.diagnostics().forEach(c.reporter()::reportLexical);
      throw new ParseError(null);
    }
    TokenCursor cursor = new TokenCursor(tokens, c.reporter());
    ExpressionParser parser = new ExpressionParser(cursor);
    Expr value = parser.starExpressionsOrYield();
    SourceSpan braces = lit.spanOf(open, 1).to(lit.spanOf(end, 1));
    if (parser.atoms.startsComprehension() && !(value instanceof Expr.TupleExpr)) {
      value = new Expr.GeneratorExp(value, parser.atoms.comprehensionClauses(), braces);
    } else if (value instanceof Expr.TupleExpr t && !parenthesized(tokens)) {
      value = new Expr.TupleExpr(t.elts(), braces);
    }
    if (!cursor.check(TokenKind.END)) {
      throw cursor.errorAt(cursor.peek(), "f-string: unexpected '" + cursor.peek().text()
          + "' after the expression", "is an operator or a ',' missing?");
    }
    if (value instanceof Expr.Starred) {
      throw cursor.error(value.span(), "f-string: can't use starred expression here");
    }
    return value;
  }

  /** Whether the tokens (before END) are one parenthesised group: "(a, b)" but not "(a), b". */
  private static boolean parenthesized(List<Token> tokens) {
    if (tokens.get(0).kind() != TokenKind.LPAR) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < tokens.size() - 1; i++) {
      TokenKind k = tokens.get(i).kind();
      if (k == TokenKind.LPAR || k == TokenKind.LSQB || k == TokenKind.LBRACE) {
        depth++;
      } else if (k == TokenKind.RPAR || k == TokenKind.RSQB || k == TokenKind.RBRACE) {
        depth--;
        if (depth == 0) {
          return i == tokens.size() - 2;
        }
      }
    }
    return false;
  }
}
