package corosim.lang;

/** The kinds of Python 3.11 tokens. Keywords and operators carry their source text. */
public enum TokenKind {
  NAME(null),
  NUMBER(null),
  /** A string literal, any prefix (r, b, u, f and combinations), raw source text incl. quotes. */
  STRING(null),
  NEWLINE(null),
  INDENT(null),
  DEDENT(null),
  END(null),
  /**
   * Source text the lexer could not turn into a token (a bad character, an unterminated string).
   * The lexer has already reported it; the parser stops the statement without a second message.
   */
  ERROR(null),

  // keywords
  FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
  ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
  DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
  FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
  LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
  RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),

  // operators and delimiters
  LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
  COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), ARROW("->"),
  PLUS("+"), MINUS("-"), STAR("*"), DOUBLESTAR("**"), SLASH("/"), DOUBLESLASH("//"),
  PERCENT("%"), AT("@"), VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"),
  LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
  LESS("<"), GREATER(">"), LESSEQUAL("<="), GREATEREQUAL(">="), EQEQUAL("=="), NOTEQUAL("!="),
  EQUAL("="), COLONEQUAL(":="),
  PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
  PERCENTEQUAL("%="), ATEQUAL("@="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
  LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**=");

  private final String text;

  TokenKind(String text) {
    this.text = text;
  }

  /** The fixed source text of a keyword or operator, or null for NAME, NUMBER, STRING, layout. */
  public String text() {
    return text;
  }
}
