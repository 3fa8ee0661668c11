package corosim.lang;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11 expressions from {@code star_expressions} down to {@code primary}, one method per
 * grammar rule of CPython's {@code python.gram}; atoms, displays and comprehensions are in
 * {@link AtomParser}, call arguments and parameter lists in {@link ArgumentParser}.
 */
final class ExpressionParser {
  final TokenCursor c;
  final AtomParser atoms;
  final ArgumentParser arguments;
  final StringParser strings;

  ExpressionParser(TokenCursor cursor) {
    this.c = cursor;
    this.atoms = new AtomParser(this);
    this.arguments = new ArgumentParser(this);
    this.strings = new StringParser(this);
  }

  /** The identifier of a NAME token, NFKC-normalised as CPython does for non-ASCII names. */
  static String identifier(Token name) {
    String text = name.text();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /** Whether {@code t} can begin an expression (used to tell a trailing comma from a list). */
  static boolean startsExpression(Token t) {
    return switch (t.kind()) {
      case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT, TRUE,
          FALSE, NONE, ELLIPSIS, STAR, ERROR -> true;
      default -> false;
    };
  }

  /** star_expressions: a tuple without brackets when there is a comma; elements may be starred. */
  Expr starExpressions() {
    Token start = c.peek();
    Expr first = starExpression();
    if (!c.check(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (c.match(TokenKind.COMMA) && startsExpression(c.peek())) {
      elts.add(starExpression());
    }
    return new Expr.TupleExpr(elts, c.spanFrom(start));
  }

  /** star_expressions or a yield expression: the right side of an assignment, a statement. */
  Expr starExpressionsOrYield() {
    return c.check(TokenKind.YIELD) ? yieldExpression() : starExpressions();
  }

  Expr starExpression() {
    if (c.check(TokenKind.STAR)) {
      Token star = c.advance();
      Expr value = bitwiseOr();
      return new Expr.Starred(value, c.spanFrom(star));
    }
    return expression();
  }

  /** star_named_expression: an element of a list, set or tuple display. */
  Expr starNamedExpression() {
    if (c.check(TokenKind.STAR)) {
      Token star = c.advance();
      Expr value = bitwiseOr();
      return new Expr.Starred(value, c.spanFrom(star));
    }
    return namedExpression();
  }

  /** named_expression: {@code name := value} or an expression. */
  Expr namedExpression() {
    if (c.check(TokenKind.NAME) && c.peek(1).kind() == TokenKind.COLONEQUAL) {
      Token name = c.advance();
      c.advance();
      Expr value = expression();
      return new Expr.NamedExpr(new Expr.Name(identifier(name), name.span()), value,
          c.spanFrom(name));
    }
    Expr e = expression();
    if (c.check(TokenKind.COLONEQUAL)) {
      throw c.error(e.span(), "cannot use assignment expressions with " + Targets.describe(e),
          "only a plain name can be the target of ':='");
    }
    return e;
  }

  /** expression: a conditional expression, a lambda, or a disjunction. */
  Expr expression() {
    if (c.check(TokenKind.LAMBDA)) {
      return lambda();
    }
    Token start = c.peek();
    Expr body = disjunction();
    if (!c.check(TokenKind.IF)) {
      return body;
    }
    c.advance();
    Expr test = disjunction();
    if (!c.check(TokenKind.ELSE)) {
      throw c.errorAt(c.peek(), "expected 'else' after 'if' expression" + c.found(c.peek()),
          "a conditional expression reads: value if condition else other_value");
    }
    c.advance();
    Expr orElse = expression();
    return new Expr.IfExp(test, body, orElse, c.spanFrom(start));
  }

  Expr lambda() {
    Token start = c.expect(TokenKind.LAMBDA, "");
    Node.Arguments params = arguments.parameters(TokenKind.COLON, false);
    c.expect(TokenKind.COLON, "after the lambda parameters");
    Expr body = expression();
    return new Expr.Lambda(params, body, c.spanFrom(start));
  }

  /** yield_expr: {@code yield from x}, {@code yield x, y} or a bare {@code yield}. */
  Expr yieldExpression() {
    Token start = c.expect(TokenKind.YIELD, "");
    if (c.match(TokenKind.FROM)) {
      Expr value = expression();
      return new Expr.YieldFrom(value, c.spanFrom(start));
    }
    Expr value = startsExpression(c.peek()) ? starExpressions() : null;
    return new Expr.Yield(value, c.spanFrom(start));
  }

  Expr disjunction() {
    Token start = c.peek();
    Expr first = conjunction();
    if (!c.check(TokenKind.OR)) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (c.match(TokenKind.OR)) {
      values.add(conjunction());
    }
    return new Expr.BoolOp(Operator.Bool.OR, values, c.spanFrom(start));
  }

  Expr conjunction() {
    Token start = c.peek();
    Expr first = inversion();
    if (!c.check(TokenKind.AND)) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (c.match(TokenKind.AND)) {
      values.add(inversion());
    }
    return new Expr.BoolOp(Operator.Bool.AND, values, c.spanFrom(start));
  }

  Expr inversion() {
    if (c.check(TokenKind.NOT)) {
      Token not = c.advance();
      Expr operand = inversion();
      return new Expr.UnaryOp(Operator.Unary.NOT, operand, c.spanFrom(not));
    }
    return comparison();
  }

  Expr comparison() {
    Token start = c.peek();
    Expr left = bitwiseOr();
    List<Operator.Compare> ops = new ArrayList<>();
    List<Expr> comparators = new ArrayList<>();
    for (Operator.Compare op = compareOperator(); op != null; op = compareOperator()) {
      ops.add(op);
      comparators.add(bitwiseOr());
    }
    return ops.isEmpty() ? left : new Expr.Compare(left, ops, comparators, c.spanFrom(start));
  }

  /** Consumes a comparison operator, including {@code not in} and {@code is not}, or null. */
  private Operator.Compare compareOperator() {
    Operator.Compare op = switch (c.peek().kind()) {
      case EQEQUAL -> Operator.Compare.EQ;
      case NOTEQUAL -> Operator.Compare.NE;
      case LESS -> Operator.Compare.LT;
      case LESSEQUAL -> Operator.Compare.LE;
      case GREATER -> Operator.Compare.GT;
      case GREATEREQUAL -> Operator.Compare.GE;
      case IN -> Operator.Compare.IN;
      case IS -> c.peek(1).kind() == TokenKind.NOT ? Operator.Compare.IS_NOT : Operator.Compare.IS;
      case NOT -> c.peek(1).kind() == TokenKind.IN ? Operator.Compare.NOT_IN : null;
      default -> null;
    };
    if (op != null) {
      c.advance();
      if (op == Operator.Compare.IS_NOT || op == Operator.Compare.NOT_IN) {
        c.advance();
      }
    }
    return op;
  }

  Expr bitwiseOr() {
    Token start = c.peek();
    Expr left = bitwiseXor();
    while (c.match(TokenKind.VBAR)) {
      left = new Expr.BinOp(left, Operator.Binary.BITOR, bitwiseXor(), c.spanFrom(start));
    }
    return left;
  }

  Expr bitwiseXor() {
    Token start = c.peek();
    Expr left = bitwiseAnd();
    while (c.match(TokenKind.CIRCUMFLEX)) {
      left = new Expr.BinOp(left, Operator.Binary.BITXOR, bitwiseAnd(), c.spanFrom(start));
    }
    return left;
  }

  Expr bitwiseAnd() {
    Token start = c.peek();
    Expr left = shiftExpression();
    while (c.match(TokenKind.AMPER)) {
      left = new Expr.BinOp(left, Operator.Binary.BITAND, shiftExpression(), c.spanFrom(start));
    }
    return left;
  }

  Expr shiftExpression() {
    Token start = c.peek();
    Expr left = sum();
    while (c.check(TokenKind.LEFTSHIFT) || c.check(TokenKind.RIGHTSHIFT)) {
      Operator.Binary op = c.advance().kind() == TokenKind.LEFTSHIFT
          ? Operator.Binary.LSHIFT : Operator.Binary.RSHIFT;
      left = new Expr.BinOp(left, op, sum(), c.spanFrom(start));
    }
    return left;
  }

  Expr sum() {
    Token start = c.peek();
    Expr left = term();
    while (c.check(TokenKind.PLUS) || c.check(TokenKind.MINUS)) {
      Operator.Binary op = c.advance().kind() == TokenKind.PLUS
          ? Operator.Binary.ADD : Operator.Binary.SUB;
      left = new Expr.BinOp(left, op, term(), c.spanFrom(start));
    }
    return left;
  }

  Expr term() {
    Token start = c.peek();
    Expr left = factor();
    while (true) {
      Operator.Binary op = switch (c.peek().kind()) {
        case STAR -> Operator.Binary.MUL;
        case SLASH -> Operator.Binary.DIV;
        case DOUBLESLASH -> Operator.Binary.FLOORDIV;
        case PERCENT -> Operator.Binary.MOD;
        case AT -> Operator.Binary.MATMUL;
        default -> null;
      };
      if (op == null) {
        return left;
      }
      c.advance();
      left = new Expr.BinOp(left, op, factor(), c.spanFrom(start));
    }
  }

  /** factor: unary + - ~, which bind looser than ** on their right: -2**2 is -(2**2). */
  Expr factor() {
    Operator.Unary op = switch (c.peek().kind()) {
      case PLUS -> Operator.Unary.POS;
      case MINUS -> Operator.Unary.NEG;
      case TILDE -> Operator.Unary.INVERT;
      default -> null;
    };
    if (op == null) {
      return power();
    }
    Token start = c.advance();
    Expr operand = factor();
    return new Expr.UnaryOp(op, operand, c.spanFrom(start));
  }

  /** power: right-associative, and its right operand is a factor: 2**-1. */
  Expr power() {
    Token start = c.peek();
    Expr base = awaitPrimary();
    if (c.match(TokenKind.DOUBLESTAR)) {
      Expr exponent = factor();
      return new Expr.BinOp(base, Operator.Binary.POW, exponent, c.spanFrom(start));
    }
    return base;
  }

  Expr awaitPrimary() {
    if (c.check(TokenKind.AWAIT)) {
      Token start = c.advance();
      Expr value = primary();
      return new Expr.Await(value, c.spanFrom(start));
    }
    return primary();
  }

  /** primary: an atom followed by any number of attribute lookups, calls and subscripts. */
  Expr primary() {
    Token start = c.peek();
    Expr e = atoms.atom();
    while (true) {
      if (c.match(TokenKind.DOT)) {
        Token name = c.expectName("an attribute name after '.'");
        e = new Expr.Attribute(e, identifier(name), c.spanFrom(start));
      } else if (c.check(TokenKind.LPAR)) {
        e = arguments.call(e, start);
      } else if (c.check(TokenKind.LSQB)) {
        Token open = c.advance();
        Expr slice = slices();
        closing(TokenKind.RSQB, open, "separate the indices with ','");
        e = new Expr.Subscript(e, slice, c.spanFrom(start));
      } else {
        return e;
      }
    }
  }

  /** slices: one slice or index, or a tuple of them {@code a[1:2, ::3]}. */
  private Expr slices() {
    Token start = c.peek();
    Expr first = slice();
    if (!c.check(TokenKind.COMMA) && !(first instanceof Expr.Starred)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (c.match(TokenKind.COMMA) && !c.check(TokenKind.RSQB)) {
      elts.add(slice());
    }
    return new Expr.TupleExpr(elts, c.spanFrom(start));
  }

  private Expr slice() {
    Token start = c.peek();
    if (c.check(TokenKind.STAR)) {
      c.advance();
      Expr value = bitwiseOr();
      return new Expr.Starred(value, c.spanFrom(start));
    }
    Expr lower = null;
    if (!c.check(TokenKind.COLON)) {
      lower = namedExpression();
      if (!c.check(TokenKind.COLON)) {
        return lower;
      }
    }
    c.advance();
    Expr upper = endsSlicePart() ? null : expression();
    Expr step = null;
    if (c.match(TokenKind.COLON)) {
      step = endsSlicePart() ? null : expression();
    }
    return new Expr.Slice(lower, upper, step, c.spanFrom(start));
  }

  private boolean endsSlicePart() {
    return c.check(TokenKind.COLON) || c.check(TokenKind.COMMA) || c.check(TokenKind.RSQB);
  }

  /**
   * Consumes the bracket that closes {@code open}; if something else stands there the message
   * names the opening bracket, so the user sees which one is unbalanced.
   */
  Token closing(TokenKind close, Token open, String commaHint) {
    if (c.check(close)) {
      return c.advance();
    }
    Token found = c.peek();
    String message = "expected '" + close.text() + "' to close '" + open.text() + "' at "
        + open.span().line() + ":" + open.span().col() + c.found(found);
    if (startsExpression(found) && found.kind() != TokenKind.ERROR) {
      throw c.errorAt(found, message, commaHint);
    }
    throw c.errorAt(found, message);
  }
}
