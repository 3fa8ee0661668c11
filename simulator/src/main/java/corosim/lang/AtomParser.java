package corosim.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Atoms of Python 3.11 expressions: names, literals, parenthesised forms (group, tuple,
 * generator expression), list, dict and set displays and their comprehensions, and the
 * {@code star_targets} of {@code for} clauses.
 */
final class AtomParser {
  private final ExpressionParser p;
  private final TokenCursor c;

  AtomParser(ExpressionParser expressions) {
    this.p = expressions;
    this.c = expressions.c;
  }

  Expr atom() {
    Token t = c.peek();
    switch (t.kind()) {
      case NAME:
        c.advance();
        return new Expr.Name(ExpressionParser.identifier(t), t.span());
      case NUMBER:
        c.advance();
        return new Expr.Constant(number(t.text()), t.span());
      case STRING:
        return p.strings.strings();
      case TRUE:
      case FALSE:
        c.advance();
        return new Expr.Constant(t.kind() == TokenKind.TRUE, t.span());
      case NONE:
        c.advance();
        return new Expr.Constant(Expr.Singleton.NONE, t.span());
      case ELLIPSIS:
        c.advance();
        return new Expr.Constant(Expr.Singleton.ELLIPSIS, t.span());
      case LPAR:
        return parenthesized();
      case LSQB:
        return list();
      case LBRACE:
        return dictOrSet();
      default:
        throw noExpression(t);
    }
  }

  private ParseError noExpression(Token t) {
    Token prev = c.previous();
    String after = "";
    if (c.position() > 0 && prev.kind().text() != null && prev.kind() != TokenKind.RPAR
        && prev.kind() != TokenKind.RSQB && prev.kind() != TokenKind.RBRACE) {
      after = " after '" + prev.text() + "'";
    }
    String message = "expected an expression" + after + c.found(t);
    if (t.kind() == TokenKind.YIELD) {
      return c.errorAt(t, message, "put a yield expression in parentheses here: (yield x)");
    }
    if (t.kind().text() != null && Character.isLetter(t.kind().text().charAt(0))) {
      return c.errorAt(t, message,
          "'" + t.text() + "' is a Python keyword and cannot be used as a name");
    }
    return c.errorAt(t, message);
  }

  /** The value of a NUMBER token: BigInteger, Double, or Imaginary. */
  static Object number(String text) {
    String s = text.replace("_", "");
    char last = s.charAt(s.length() - 1);
    if (last == 'j' || last == 'J') {
      return new Expr.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
    }
    if (s.length() > 2 && s.charAt(0) == '0') {
      switch (s.charAt(1)) {
        case 'x', 'X':
          return new BigInteger(s.substring(2), 16);
        case 'o', 'O':
          return new BigInteger(s.substring(2), 8);
        case 'b', 'B':
          return new BigInteger(s.substring(2), 2);
        default:
          break;
      }
    }
    if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
      return Double.parseDouble(s);
    }
    return new BigInteger(s);
  }

  /** {@code ()}, a group {@code (x)}, a tuple {@code (x, y)}, or a generator expression. */
  private Expr parenthesized() {
    Token open = c.advance();
    if (c.match(TokenKind.RPAR)) {
      return new Expr.TupleExpr(List.of(), c.spanFrom(open));
    }
    if (c.check(TokenKind.YIELD)) {
      Expr value = p.yieldExpression();
      p.closing(TokenKind.RPAR, open, "a yield expression ends at the closing parenthesis");
      return value;
    }
    Expr first = p.starNamedExpression();
    if (startsComprehension()) {
      noUnpacking(first, "iterable unpacking cannot be used in comprehension");
      List<Node.Comprehension> generators = comprehensionClauses();
      p.closing(TokenKind.RPAR, open, "a generator expression ends at the closing parenthesis");
      return new Expr.GeneratorExp(first, generators, c.spanFrom(open));
    }
    if (c.match(TokenKind.RPAR)) {
      noUnpacking(first, "cannot use starred expression here");
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    if (c.check(TokenKind.COMMA)) {
      while (c.match(TokenKind.COMMA) && !c.check(TokenKind.RPAR)) {
        elts.add(p.starNamedExpression());
      }
    }
    p.closing(TokenKind.RPAR, open, "separate the items of a tuple with ','");
    return new Expr.TupleExpr(elts, c.spanFrom(open));
  }

  private void noUnpacking(Expr e, String message) {
    if (e instanceof Expr.Starred) {
      throw c.error(e.span(), message);
    }
  }

  private Expr list() {
    Token open = c.advance();
    if (c.match(TokenKind.RSQB)) {
      return new Expr.ListExpr(List.of(), c.spanFrom(open));
    }
    Expr first = p.starNamedExpression();
    if (startsComprehension()) {
      noUnpacking(first, "iterable unpacking cannot be used in comprehension");
      List<Node.Comprehension> generators = comprehensionClauses();
      p.closing(TokenKind.RSQB, open, "a list comprehension ends at the closing bracket");
      return new Expr.ListComp(first, generators, c.spanFrom(open));
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (c.match(TokenKind.COMMA) && !c.check(TokenKind.RSQB)) {
      elts.add(p.starNamedExpression());
    }
    p.closing(TokenKind.RSQB, open, "separate the items of a list with ','");
    return new Expr.ListExpr(elts, c.spanFrom(open));
  }

  private Expr dictOrSet() {
    Token open = c.advance();
    if (c.match(TokenKind.RBRACE)) {
      return new Expr.DictExpr(List.of(), List.of(), c.spanFrom(open));
    }
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    if (c.check(TokenKind.DOUBLESTAR)) {
      Token stars = c.advance();
      keys.add(null);
      values.add(p.bitwiseOr());
      if (startsComprehension()) {
        throw c.error(c.spanFrom(stars), "dict unpacking cannot be used in dict comprehension");
      }
      return dictRest(open, keys, values);
    }
    Expr first = p.starNamedExpression();
    if (c.check(TokenKind.COLON) && !(first instanceof Expr.Starred)) {
      c.advance();
      Expr value = p.expression();
      if (startsComprehension()) {
        List<Node.Comprehension> generators = comprehensionClauses();
        p.closing(TokenKind.RBRACE, open, "a dict comprehension ends at the closing brace");
        return new Expr.DictComp(first, value, generators, c.spanFrom(open));
      }
      keys.add(first);
      values.add(value);
      return dictRest(open, keys, values);
    }
    if (startsComprehension()) {
      noUnpacking(first, "iterable unpacking cannot be used in comprehension");
      List<Node.Comprehension> generators = comprehensionClauses();
      p.closing(TokenKind.RBRACE, open, "a set comprehension ends at the closing brace");
      return new Expr.SetComp(first, generators, c.spanFrom(open));
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (c.match(TokenKind.COMMA) && !c.check(TokenKind.RBRACE)) {
      elts.add(p.starNamedExpression());
    }
    p.closing(TokenKind.RBRACE, open, "separate the items of a set with ','");
    return new Expr.SetExpr(elts, c.spanFrom(open));
  }

  private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
    while (c.match(TokenKind.COMMA) && !c.check(TokenKind.RBRACE)) {
      if (c.match(TokenKind.DOUBLESTAR)) {
        keys.add(null);
        values.add(p.bitwiseOr());
      } else {
        keys.add(p.expression());
        c.expect(TokenKind.COLON, "after the dict key",
            "write each entry of a dict as key: value");
        values.add(p.expression());
      }
    }
    p.closing(TokenKind.RBRACE, open, "separate the entries of a dict with ','");
    return new Expr.DictExpr(keys, values, c.spanFrom(open));
  }

  boolean startsComprehension() {
    return c.check(TokenKind.FOR)
        || c.check(TokenKind.ASYNC) && c.peek(1).kind() == TokenKind.FOR;
  }

  /** for_if_clauses: {@code [async] for targets in iter [if cond]...}, one or more. */
  List<Node.Comprehension> comprehensionClauses() {
    List<Node.Comprehension> generators = new ArrayList<>();
    while (startsComprehension()) {
      boolean isAsync = c.match(TokenKind.ASYNC);
      c.expect(TokenKind.FOR, "");
      Expr target = starTargets();
      Targets.checkStore(target, c);
      c.expect(TokenKind.IN, "after the comprehension's target");
      Expr iter = p.disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (c.match(TokenKind.IF)) {
        ifs.add(p.disjunction());
      }
      generators.add(new Node.Comprehension(target, iter, ifs, isAsync));
    }
    return generators;
  }

  /** star_targets: what {@code for} binds; a tuple when there is a comma. Not yet validated. */
  Expr starTargets() {
    Token start = c.peek();
    Expr first = starTarget();
    if (!c.check(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (c.match(TokenKind.COMMA) && ExpressionParser.startsExpression(c.peek())) {
      elts.add(starTarget());
    }
    return new Expr.TupleExpr(elts, c.spanFrom(start));
  }

  Expr starTarget() {
    if (c.check(TokenKind.STAR)) {
      Token star = c.advance();
      Expr value = p.bitwiseOr();
      return new Expr.Starred(value, c.spanFrom(star));
    }
    return p.bitwiseOr();
  }
}
