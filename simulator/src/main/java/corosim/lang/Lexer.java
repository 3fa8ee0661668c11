package corosim.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Python 3.11 source into tokens as CPython's tokenizer does: INDENT and DEDENT from
 * leading whitespace, NEWLINE only at the end of a logical line outside brackets, nothing for
 * comments and blank lines, END last. Problems become diagnostics and lexing goes on, so one run
 * reports every lexical error of a file.
 *
 * <p>Design note: a bracket that is never closed swallows the rest of the file into one logical
 * line. When that happens the file is lexed a second time, and the unclosed bracket is closed
 * where a later line starts at or left of the statement's indentation, so the parser can go on
 * with the following statements. Valid files are lexed once and never meet that heuristic.
 *
 * <p>Invariant: {@code indents} and {@code altIndents} have one entry per open block plus the
 * outermost 0, and {@code openers} and {@code openerOffsets} one per open bracket.
 */
public final class Lexer {
  /** CPython's tokenizer limit (MAXLEVEL): deeper nesting is "too many nested parentheses". */
  private static final int MAX_BRACKET_DEPTH = 200;
  /** CPython's tokenizer limit (MAXINDENT): deeper blocks are "too many levels of indentation". */
  private static final int MAX_INDENT_DEPTH = 100;

  private final CharReader in;
  private final boolean fragment;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final LiteralScanner literals;
  // Indentation columns of the open blocks, tabs to stops of 8, and again with tabs as 1 column
  // (CPython's altcol) to catch indentation whose meaning depends on the tab size.
  private final List<Integer> indents = new ArrayList<>();
  private final List<Integer> altIndents = new ArrayList<>();
  // Open brackets, innermost last, with their offsets in the text.
  private final List<Token> openers = new ArrayList<>();
  private final List<Integer> openerOffsets = new ArrayList<>();
  private Set<Integer> neverClosed = Set.of();
  private Set<Integer> unclosedAtEnd = Set.of();
  private boolean lineHasTokens;
  private int logicalIndent;
  private boolean done;

  public Lexer(Source source) {
    this(source.text(), 1, 1, false);
  }

  /**
   * A lexer for {@code text} that starts at {@code line:col} of its file. A fragment (the
   * expression of an f-string replacement field) is lexed as if inside brackets: no layout
   * tokens, only END at the end.
   */
  Lexer(String text, int line, int col, boolean fragment) {
    this.in = new CharReader(text, line, col);
    this.fragment = fragment;
    this.literals = new LiteralScanner(in, diagnostics);
  }

  /** All tokens of the text, ending with END. Lexes on the first call only. */
  public List<Token> tokenize() {
    if (!done) {
      run();
      if (!unclosedAtEnd.isEmpty() && !fragment) {
        Set<Integer> unclosed = unclosedAtEnd;
        reset();
        neverClosed = unclosed;
        run();
      }
      done = true;
    }
    return List.copyOf(tokens);
  }

  /** The lexical errors found by {@link #tokenize()}, in source order. */
  public List<Diagnostic> diagnostics() {
    tokenize();
    return List.copyOf(diagnostics);
  }

  private void reset() {
    in.rewind();
    tokens.clear();
    diagnostics.clear();
    indents.clear();
    altIndents.clear();
    openers.clear();
    openerOffsets.clear();
    lineHasTokens = false;
  }

  private void run() {
    indents.add(0);
    altIndents.add(0);
    boolean atLineStart = !fragment;
    while (!in.atEnd()) {
      if (atLineStart) {
        atLineStart = false;
        if (openers.isEmpty()) {
          indentation();
        } else {
          maybeCloseForgottenBrackets();
        }
        continue;
      }
      char c = in.peek();
      if (c == ' ' || c == '\t' || c == '\f') {
        in.skip(1);
      } else if (c == '#') {
        skipComment();
      } else if (c == '\n' || c == '\r') {
        in.newline();
        if (openers.isEmpty() && !fragment) {
          endLogicalLine();
        }
        atLineStart = !fragment;
      } else if (c == '\\') {
        continuation();
      } else {
        token();
      }
    }
    finish();
  }

  private void skipComment() {
    while (!in.atEnd() && in.peek() != '\n' && in.peek() != '\r') {
      in.skip(1);
    }
  }

  private void endLogicalLine() {
    if (lineHasTokens) {
      tokens.add(new Token(TokenKind.NEWLINE, "", SourceSpan.at(in.lastEndLine(), in.lastEndCol())));
      lineHasTokens = false;
    }
  }

  /** Measures the indentation of a new logical line and emits INDENT or DEDENTs for it. */
  private void indentation() {
    int col = 0;
    int alt = 0;
    while (!in.atEnd()) {
      char c = in.peek();
      if (c == ' ') {
        col++;
        alt++;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        alt++;
      } else if (c == '\f') {
        col = 0;
        alt = 0;
      } else {
        break;
      }
      in.skip(1);
    }
    if (in.atEnd() || in.peek() == '#' || in.peek() == '\n' || in.peek() == '\r') {
      return; // blank or comment-only lines do not take part in indentation
    }
    logicalIndent = col;
    int line = in.line();
    int firstCol = in.col();
    int top = indents.get(indents.size() - 1);
    if (col > top) {
      if (alt <= altIndents.get(altIndents.size() - 1)) {
        tabError(line, firstCol);
      }
      if (indents.size() > MAX_INDENT_DEPTH) {
        diagnostics.add(Diagnostic.error(SourceSpan.at(line, firstCol),
            "too many levels of indentation", "move the inner blocks into functions"));
      }
      indents.add(col);
      altIndents.add(alt);
      tokens.add(new Token(TokenKind.INDENT, "",
          new SourceSpan(line, 1, line, firstCol)));
      return;
    }
    while (col < indents.get(indents.size() - 1)) {
      if (indents.get(indents.size() - 2) < col) {
        // CPython stops here; we keep the line in the inner block so parsing can go on.
        diagnostics.add(Diagnostic.error(SourceSpan.at(line, firstCol),
            "unindent does not match any outer indentation level",
            "indent this line exactly as far as the block it belongs to"));
        return;
      }
      indents.remove(indents.size() - 1);
      altIndents.remove(altIndents.size() - 1);
      tokens.add(new Token(TokenKind.DEDENT, "", SourceSpan.at(line, firstCol)));
    }
    if (alt != altIndents.get(altIndents.size() - 1)) {
      tabError(line, firstCol);
    }
  }

  private void tabError(int line, int col) {
    diagnostics.add(Diagnostic.error(SourceSpan.at(line, col),
        "inconsistent use of tabs and spaces in indentation",
        "indent with spaces only (4 per level)"));
  }

  /**
   * In the second pass only: a bracket the first pass found never closed ends its statement at
   * the first later line that starts at or left of the statement's indentation.
   */
  private void maybeCloseForgottenBrackets() {
    if (neverClosed.isEmpty()) {
      return;
    }
    int innermost = -1;
    for (int i = openerOffsets.size() - 1; i >= 0; i--) {
      if (neverClosed.contains(openerOffsets.get(i))) {
        innermost = i;
        break;
      }
    }
    if (innermost < 0) {
      return;
    }
    int col = 0;
    int i = in.pos();
    while (i < in.length() && (in.charAt(i) == ' ' || in.charAt(i) == '\t')) {
      col = in.charAt(i) == '\t' ? (col / 8 + 1) * 8 : col + 1;
      i++;
    }
    if (i >= in.length() || ")]}#\r\n\\".indexOf(in.charAt(i)) >= 0 || col > logicalIndent) {
      return;
    }
    reportNeverClosed(openers.get(innermost));
    openers.clear();
    openerOffsets.clear();
    endLogicalLine();
    indentation();
  }

  private void reportNeverClosed(Token opener) {
    if (!diagnostics.isEmpty()
        && diagnostics.get(diagnostics.size() - 1).span().line() >= opener.span().line()) {
      return; // an unterminated string or a bad character inside the brackets says more
    }
    String close = closerOf(opener.text());
    diagnostics.add(Diagnostic.error(opener.span(), "'" + opener.text() + "' was never closed",
        "add the matching '" + close + "' where the expression ends"));
  }

  private void continuation() {
    int line = in.line();
    int col = in.col();
    in.skip(1);
    if (!in.atEnd() && (in.peek() == '\n' || in.peek() == '\r')) {
      in.newline();
      if (!in.atEnd()) {
        return;
      }
    }
    if (in.atEnd()) {
      diagnostics.add(Diagnostic.error(SourceSpan.at(line, col),
          "unexpected end of file after line continuation character",
          "remove the backslash, or continue the statement on the next line"));
      return;
    }
    diagnostics.add(Diagnostic.error(SourceSpan.at(line, col),
        "unexpected character after line continuation character",
        "a backslash continues a line only as the last character of the line"));
    emit(TokenKind.ERROR, in.pos() - 1, line, col);
  }

  private void token() {
    int start = in.pos();
    int line = in.line();
    int col = in.col();
    int c = in.peekCodePoint();
    if (c == '.' && in.pos() + 1 < in.length() && LiteralScanner.isDigit(in.charAt(in.pos() + 1))
        || LiteralScanner.isDigit(c)) {
      emit(literals.number(), start, line, col);
    } else if (c == '"' || c == '\'') {
      emit(literals.string(start, line, col), start, line, col);
    } else if (LiteralScanner.isIdentifierStart(c)) {
      TokenKind kind = literals.nameOrPrefixedString(start, line, col);
      emit(kind, start, line, col);
    } else {
      operator(start, line, col, c);
    }
  }

  private void operator(int start, int line, int col, int c) {
    TokenKind kind = LiteralScanner.operatorAt(in, start);
    if (kind == null) {
      badCharacter(start, line, col, c);
      return;
    }
    in.skip(kind.text().length());
    switch (kind) {
      case LPAR, LSQB, LBRACE -> {
        emit(kind, start, line, col);
        openers.add(tokens.get(tokens.size() - 1));
        openerOffsets.add(start);
        if (openers.size() > MAX_BRACKET_DEPTH) {
          diagnostics.add(Diagnostic.error(SourceSpan.at(line, col), "too many nested parentheses",
              "split the expression and name its parts"));
        }
      }
      case RPAR, RSQB, RBRACE -> closeBracket(kind, start, line, col);
      default -> emit(kind, start, line, col);
    }
  }

  private void closeBracket(TokenKind kind, int start, int line, int col) {
    SourceSpan at = SourceSpan.at(line, col);
    if (openers.isEmpty()) {
      if (!fragment) {
        diagnostics.add(Diagnostic.error(at, "unmatched '" + kind.text() + "'",
            "remove it, or add the opening bracket it closes"));
        emit(TokenKind.ERROR, start, line, col);
      } else {
        emit(kind, start, line, col); // the f-string parser reports stray closers
      }
      return;
    }
    Token opener = openers.remove(openers.size() - 1);
    openerOffsets.remove(openerOffsets.size() - 1);
    if (!closerOf(opener.text()).equals(kind.text())) {
      String where = opener.span().line() == line ? "" : " on line " + opener.span().line();
      diagnostics.add(Diagnostic.error(at, "closing parenthesis '" + kind.text()
              + "' does not match opening parenthesis '" + opener.text() + "'" + where,
          "close '" + opener.text() + "' at " + opener.span().line() + ":" + opener.span().col()
              + " with '" + closerOf(opener.text()) + "'"));
      emit(TokenKind.ERROR, start, line, col);
      return;
    }
    emit(kind, start, line, col);
  }

  private void badCharacter(int start, int line, int col, int c) {
    in.skip(Character.charCount(c));
    String hex = String.format("U+%04X", c);
    String message;
    String[] hints = {};
    if (c == '!' || c == '$' || c == '?' || c == '`') {
      message = "invalid syntax: '" + Character.toString(c) + "' is not a Python operator";
      if (c == '!') {
        hints = new String[] {"write 'not x' to negate and '!=' to compare"};
      }
    } else if (LiteralScanner.isPrintable(c)) {
      message = "invalid character '" + Character.toString(c) + "' (" + hex + ")";
      if (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
        hints = new String[] {"use straight quotes \" or ' around strings"};
      }
    } else {
      message = "invalid non-printable character " + hex;
    }
    diagnostics.add(Diagnostic.error(SourceSpan.at(line, col), message, hints));
    emit(TokenKind.ERROR, start, line, col);
  }

  private void emit(TokenKind kind, int start, int line, int col) {
    Token token = new Token(kind, in.text(start, in.pos()),
        new SourceSpan(line, col, in.line(), in.col()));
    tokens.add(token);
    in.markTokenEnd();
    lineHasTokens = true;
  }

  private void finish() {
    if (!openers.isEmpty()) {
      unclosedAtEnd = new HashSet<>(openerOffsets);
      if (!fragment) {
        reportNeverClosed(openers.get(openers.size() - 1));
      }
      openers.clear();
      openerOffsets.clear();
    }
    if (!fragment) {
      endLogicalLine();
    }
    SourceSpan end = fragment
        ? SourceSpan.at(in.line(), in.col())
        : SourceSpan.at(in.line() + (in.atLineStart() ? 0 : 1), 1);
    for (int i = indents.size() - 1; i > 0; i--) {
      tokens.add(new Token(TokenKind.DEDENT, "", end));
    }
    tokens.add(new Token(TokenKind.END, "", end));
  }

  static String closerOf(String opener) {
    return switch (opener) {
      case "(" -> ")";
      case "[" -> "]";
      default -> "}";
    };
  }
}
