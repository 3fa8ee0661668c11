package corosim.lang;

/** Operator enums of the AST, each with its Python spelling for messages. */
public final class Operator {
  private Operator() {}

  /** Binary arithmetic and bitwise operators; also the operator of an augmented assignment. */
  public enum Binary {
    ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

    private final String symbol;

    Binary(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public enum Unary {
    NOT("not"), NEG("-"), POS("+"), INVERT("~");

    private final String symbol;

    Unary(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public enum Bool {
    AND, OR
  }

  public enum Compare {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"),
    IN("in"), NOT_IN("not in");

    private final String symbol;

    Compare(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
