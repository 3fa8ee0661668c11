package corosim.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {
  /** Tokens as "KIND text" (text only for names, numbers, strings and errors). */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : new Lexer(new Source("t.py", text)).tokenize()) {
      boolean showText = switch (t.kind()) {
        case NAME, NUMBER, STRING, ERROR -> true;
        default -> false;
      };
      out.add(showText ? t.kind() + " " + t.text() : t.kind().toString());
    }
    return out;
  }

  private static String kinds(String text) {
    return new Lexer(new Source("t.py", text)).tokenize().stream()
        .map(t -> t.kind().toString()).collect(Collectors.joining(" "));
  }

  private static List<String> messages(String text) {
    return new Lexer(new Source("t.py", text)).diagnostics().stream()
        .map(d -> d.span().line() + ":" + d.span().col() + " " + d.message()).toList();
  }

  private static Token token(String text, int index) {
    return new Lexer(new Source("t.py", text)).tokenize().get(index);
  }

  @Test
  void tokenize_blocks_emitIndentAndDedent() {
    assertThat(kinds("if x:\n    y\n    if z:\n        w\nv\n")).isEqualTo(
        "IF NAME COLON NEWLINE INDENT NAME NEWLINE IF NAME COLON NEWLINE INDENT NAME NEWLINE"
            + " DEDENT DEDENT NAME NEWLINE END");
  }

  @Test
  void tokenize_layoutTokens_haveEmptyText() {
    for (Token t : new Lexer(new Source("t.py", "if x:\n    y\nz")).tokenize()) {
      if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT
          || t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END) {
        assertThat(t.text()).as(t.toString()).isEmpty();
      }
    }
  }

  @Test
  void tokenize_tabs_countToStopsOfEight() {
    assertThat(kinds("if x:\n\ty\n\tif z:\n\t\tw\n")).isEqualTo(
        "IF NAME COLON NEWLINE INDENT NAME NEWLINE IF NAME COLON NEWLINE INDENT NAME NEWLINE"
            + " DEDENT DEDENT END");
  }

  @Test
  void tokenize_blankAndCommentLines_produceNoTokens() {
    assertThat(kinds("x = 1  # one\n\n   # indented comment\n\t\n# last\ny\n"))
        .isEqualTo("NAME EQUAL NUMBER NEWLINE NAME NEWLINE END");
  }

  @Test
  void tokenize_insideBrackets_suppressesNewlinesAndIndentation() {
    assertThat(kinds("x = (1,\n        2,\n  [3,\n{4: 5}])\ny\n")).isEqualTo(
        "NAME EQUAL LPAR NUMBER COMMA NUMBER COMMA LSQB NUMBER COMMA LBRACE NUMBER COLON NUMBER"
            + " RBRACE RSQB RPAR NEWLINE NAME NEWLINE END");
  }

  @Test
  void tokenize_backslashContinuation_joinsLines() {
    assertThat(kinds("x = 1 + \\\n        2\ny\n"))
        .isEqualTo("NAME EQUAL NUMBER PLUS NUMBER NEWLINE NAME NEWLINE END");
  }

  @Test
  void tokenize_missingFinalNewline_stillEndsTheLineAndBlocks() {
    assertThat(kinds("if x:\n    y")).isEqualTo("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT END");
    assertThat(kinds("")).isEqualTo("END");
  }

  @Test
  void tokenize_crlfLineEndings_areNewlines() {
    assertThat(kinds("if x:\r\n    y\r\n")).isEqualTo("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT END");
  }

  @Test
  void tokenize_stringLiterals_keepPrefixQuotesAndLines() {
    assertThat(tokens("a = r'\\d' b\"x\" Rb'y' f'{z}' rF\"w\" u'v' '''one\ntwo''' \"it's\""))
        .containsExactly("NAME a", "EQUAL", "STRING r'\\d'", "STRING b\"x\"", "STRING Rb'y'",
            "STRING f'{z}'", "STRING rF\"w\"", "STRING u'v'", "STRING '''one\ntwo'''",
            "STRING \"it's\"", "NEWLINE", "END");
    Token triple = token("x = \"\"\"a\nb\n\"\"\"\n", 2);
    assertThat(triple.span()).isEqualTo(new SourceSpan(1, 5, 3, 4));
  }

  @Test
  void tokenize_escapedQuoteAndLineContinuation_stayInsideString() {
    assertThat(tokens("'a\\'b' 'c\\\nd'")).containsExactly(
        "STRING 'a\\'b'", "STRING 'c\\\nd'", "NEWLINE", "END");
  }

  @Test
  void tokenize_numbers_allForms() {
    assertThat(tokens("0 00 0x_1F 0o17 0B1010 1_000 1. .5 1e10 1E-5 1.5e+3 1_0.0_1 3j 1.5J 0_0"))
        .containsExactly("NUMBER 0", "NUMBER 00", "NUMBER 0x_1F", "NUMBER 0o17", "NUMBER 0B1010",
            "NUMBER 1_000", "NUMBER 1.", "NUMBER .5", "NUMBER 1e10", "NUMBER 1E-5",
            "NUMBER 1.5e+3", "NUMBER 1_0.0_1", "NUMBER 3j", "NUMBER 1.5J", "NUMBER 0_0",
            "NEWLINE", "END");
  }

  @Test
  void tokenize_numberTouchingKeyword_splitsLikeCPython() {
    assertThat(tokens("1if x else 2")).containsExactly(
        "NUMBER 1", "IF", "NAME x", "ELSE", "NUMBER 2", "NEWLINE", "END");
    assertThat(tokens("1 .real")).containsExactly("NUMBER 1", "DOT", "NAME real", "NEWLINE", "END");
  }

  @Test
  void tokenize_badNumbers_reportedWithCPythonMessages() {
    assertThat(messages("a = 1abc\nb = 0123\nc = 1__0\nd = 0x\ne = 0o8\nf = 0b12\n"))
        .containsExactly("1:5 invalid decimal literal '1abc'",
            "2:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix"
                + " for octal integers",
            "3:5 invalid decimal literal '1__0'", "4:5 invalid hexadecimal literal '0x'",
            "5:5 invalid digit '8' in octal literal '0o8'",
            "6:5 invalid digit '2' in binary literal '0b12'");
  }

  @Test
  void tokenize_everyOperator_isLexedFromItsText() {
    for (TokenKind kind : TokenKind.values()) {
      if (kind.text() != null) {
        List<Token> tokens = new Lexer(new Source("t.py", "x " + kind.text() + " y")).tokenize();
        boolean bracket = "([{)]}".contains(kind.text());
        if (!bracket) {
          assertThat(tokens.get(1).kind()).as(kind.text()).isEqualTo(kind);
          assertThat(tokens.get(1).text()).isEqualTo(kind.text());
        }
      }
    }
  }

  @Test
  void tokenize_longestOperatorWins() {
    assertThat(kinds("a **= b // c >>= d ... e -> f := g != h"))
        .isEqualTo("NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME RIGHTSHIFTEQUAL NAME ELLIPSIS NAME"
            + " ARROW NAME COLONEQUAL NAME NOTEQUAL NAME NEWLINE END");
  }

  @Test
  void tokenize_softKeywords_stayNames() {
    assertThat(tokens("match case _ async await")).containsExactly(
        "NAME match", "NAME case", "NAME _", "ASYNC", "AWAIT", "NEWLINE", "END");
  }

  @Test
  void tokenize_chineseIdentifiersAndStrings_columnsCountCodePoints() {
    List<Token> tokens = new Lexer(new Source("t.py", "名字 = \"中文😀\" + 值\n")).tokenize();
    assertThat(tokens.get(0)).isEqualTo(new Token(TokenKind.NAME, "名字", new SourceSpan(1, 1, 1, 3)));
    assertThat(tokens.get(2)).isEqualTo(
        new Token(TokenKind.STRING, "\"中文😀\"", new SourceSpan(1, 6, 1, 11)));
    assertThat(tokens.get(4)).isEqualTo(new Token(TokenKind.NAME, "值", new SourceSpan(1, 14, 1, 15)));
  }

  @Test
  void tokenize_newlineToken_standsJustPastTheLastToken() {
    Token newline = token("if x == 200   # comment\n", 4);
    assertThat(newline.kind()).isEqualTo(TokenKind.NEWLINE);
    assertThat(newline.span()).isEqualTo(SourceSpan.at(1, 12));
  }

  @Test
  void tokenize_unterminatedString_reportsAndResumesNextLine() {
    assertThat(tokens("x = 'abc\ny = 2\n")).containsExactly("NAME x", "EQUAL", "ERROR 'abc",
        "NEWLINE", "NAME y", "EQUAL", "NUMBER 2", "NEWLINE", "END");
    assertThat(messages("x = 'abc\ny = 2\n"))
        .containsExactly("1:5 unterminated string literal (detected at line 1)");
    assertThat(messages("x = '''abc\n\ny\n"))
        .containsExactly("1:5 unterminated triple-quoted string literal (detected at line 3)");
  }

  @Test
  void tokenize_badCharacters_reportedAndSkipped() {
    assertThat(tokens("a € b")).containsExactly("NAME a", "ERROR €", "NAME b", "NEWLINE", "END");
    assertThat(messages("a € b\nc = d $ e\nf = \u00a0g\n")).containsExactly(
        "1:3 invalid character '€' (U+20AC)",
        "2:7 invalid syntax: '$' is not a Python operator",
        "3:5 invalid non-printable character U+00A0");
  }

  @Test
  void tokenize_unindentMismatch_reportedOnceAndKeepsTheBlock() {
    String text = "def f():\n    x = 1\n  y = 2\nz = 3\n";
    assertThat(messages(text))
        .containsExactly("3:3 unindent does not match any outer indentation level");
    assertThat(kinds(text)).isEqualTo("DEF NAME LPAR RPAR COLON NEWLINE INDENT NAME EQUAL NUMBER"
        + " NEWLINE NAME EQUAL NUMBER NEWLINE DEDENT NAME EQUAL NUMBER NEWLINE END");
  }

  @Test
  void tokenize_tabsMixedWithSpaces_isTabError() {
    assertThat(messages("if x:\n\tpass\n        pass\n"))
        .containsExactly("3:9 inconsistent use of tabs and spaces in indentation");
  }

  @Test
  void tokenize_unmatchedAndMismatchedBrackets_reported() {
    assertThat(messages("x = 1)\ny = (2]\nz = [3,\n  4)\n")).containsExactly(
        "1:6 unmatched ')'",
        "2:7 closing parenthesis ']' does not match opening parenthesis '('",
        "4:4 closing parenthesis ')' does not match opening parenthesis '[' on line 3");
  }

  @Test
  void tokenize_neverClosedBracket_closedAtTheNextStatementLine() {
    String text = "def f():\n    x = foo(1,\n            2\n    y = 3\nz = 4\n";
    assertThat(messages(text)).containsExactly("2:12 '(' was never closed");
    assertThat(kinds(text)).isEqualTo("DEF NAME LPAR RPAR COLON NEWLINE INDENT NAME EQUAL NAME"
        + " LPAR NUMBER COMMA NUMBER NEWLINE NAME EQUAL NUMBER NEWLINE DEDENT NAME EQUAL NUMBER"
        + " NEWLINE END");
  }

  @Test
  void tokenize_backslashNotAtLineEnd_isReported() {
    assertThat(messages("x = \\ 1\n"))
        .containsExactly("1:5 unexpected character after line continuation character");
    assertThat(messages("x = 1 \\\n"))
        .containsExactly("1:7 unexpected end of file after line continuation character");
  }
}
