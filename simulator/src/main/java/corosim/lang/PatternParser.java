package corosim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of {@code case} clauses (PEP 634), one method per rule of CPython's grammar:
 * or-patterns, as-patterns, literals, captures and the wildcard {@code _}, dotted values,
 * sequences, mappings and class patterns.
 */
final class PatternParser {
  private final ExpressionParser p;
  private final TokenCursor c;

  PatternParser(ExpressionParser expressions) {
    this.p = expressions;
    this.c = expressions.c;
  }

  /** patterns: an open sequence {@code case a, *rest:} or a single pattern. */
  Pattern patterns() {
    Token start = c.peek();
    Pattern first = maybeStarPattern();
    if (!c.check(TokenKind.COMMA)) {
      if (first instanceof Pattern.MatchStar) {
        throw c.error(first.span(), "star pattern cannot stand alone",
            "a star pattern collects the rest of a sequence: case [first, *rest]:");
      }
      return first;
    }
    List<Pattern> items = new ArrayList<>();
    items.add(first);
    while (c.match(TokenKind.COMMA) && !c.check(TokenKind.COLON) && !c.check(TokenKind.IF)) {
      items.add(maybeStarPattern());
    }
    return new Pattern.MatchSequence(items, c.spanFrom(start));
  }

  /** pattern: an or-pattern, optionally bound with {@code as name}. */
  Pattern pattern() {
    Token start = c.peek();
    Pattern or = orPattern();
    if (!c.match(TokenKind.AS)) {
      return or;
    }
    Token name = c.expectName("a name after 'as'");
    if (name.text().equals("_")) {
      throw c.error(name.span(), "cannot use '_' as a target",
          "'_' matches anything without binding it; pick a name");
    }
    return new Pattern.MatchAs(or, ExpressionParser.identifier(name), c.spanFrom(start));
  }

  private Pattern maybeStarPattern() {
    if (!c.check(TokenKind.STAR)) {
      return pattern();
    }
    Token star = c.advance();
    Token name = c.expectName("a name after '*' in the pattern");
    String id = name.text().equals("_") ? null : ExpressionParser.identifier(name);
    return new Pattern.MatchStar(id, c.spanFrom(star));
  }

  private Pattern orPattern() {
    Token start = c.peek();
    Pattern first = closedPattern();
    if (!c.check(TokenKind.VBAR)) {
      return first;
    }
    List<Pattern> alternatives = new ArrayList<>();
    alternatives.add(first);
    while (c.match(TokenKind.VBAR)) {
      alternatives.add(closedPattern());
    }
    return new Pattern.MatchOr(alternatives, c.spanFrom(start));
  }

  private Pattern closedPattern() {
    Token t = c.peek();
    switch (t.kind()) {
      case NUMBER, MINUS, STRING -> {
        Expr value = literalExpression();
        return new Pattern.MatchValue(value, value.span());
      }
      case NONE, TRUE, FALSE -> {
        Expr.Constant value = (Expr.Constant) p.atoms.atom();
        return new Pattern.MatchSingleton(value, value.span());
      }
      case NAME -> {
        return namePattern();
      }
      case LPAR -> {
        return groupOrSequence();
      }
      case LSQB -> {
        Token open = c.advance();
        List<Pattern> items = sequenceItems(TokenKind.RSQB);
        p.closing(TokenKind.RSQB, open, "separate the patterns with ','");
        return new Pattern.MatchSequence(items, c.spanFrom(open));
      }
      case LBRACE -> {
        return mappingPattern();
      }
      default -> throw c.errorAt(t, "expected a pattern" + c.found(t),
          "a pattern is a literal, a name, a dotted name, or a [sequence], {mapping}"
              + " or Class(...) pattern");
    }
  }

  /** A capture {@code x}, the wildcard {@code _}, a value {@code a.b}, or a class pattern. */
  private Pattern namePattern() {
    Token start = c.peek();
    Expr name = nameOrAttribute();
    if (c.check(TokenKind.LPAR)) {
      return classPattern(start, name);
    }
    if (name instanceof Expr.Attribute) {
      return new Pattern.MatchValue(name, name.span());
    }
    String id = ((Expr.Name) name).id();
    return new Pattern.MatchAs(null, id.equals("_") ? null : id, name.span());
  }

  private Expr nameOrAttribute() {
    Token first = c.expectName("a name");
    Expr e = new Expr.Name(ExpressionParser.identifier(first), first.span());
    while (c.match(TokenKind.DOT)) {
      Token attr = c.expectName("an attribute name after '.'");
      e = new Expr.Attribute(e, ExpressionParser.identifier(attr), c.spanFrom(first));
    }
    return e;
  }

  private Pattern groupOrSequence() {
    Token open = c.advance();
    if (c.match(TokenKind.RPAR)) {
      return new Pattern.MatchSequence(List.of(), c.spanFrom(open));
    }
    Pattern first = maybeStarPattern();
    if (c.check(TokenKind.RPAR) && !(first instanceof Pattern.MatchStar)) {
      c.advance();
      return first; // a group: (pattern)
    }
    List<Pattern> items = new ArrayList<>();
    items.add(first);
    if (c.match(TokenKind.COMMA)) {
      items.addAll(sequenceItems(TokenKind.RPAR));
    } else if (first instanceof Pattern.MatchStar) {
      throw c.error(first.span(), "star pattern cannot stand alone",
          "write (*rest,) or [*rest] for a sequence");
    }
    p.closing(TokenKind.RPAR, open, "separate the patterns with ','");
    return new Pattern.MatchSequence(items, c.spanFrom(open));
  }

  private List<Pattern> sequenceItems(TokenKind close) {
    List<Pattern> items = new ArrayList<>();
    while (!c.check(close)) {
      items.add(maybeStarPattern());
      if (!c.match(TokenKind.COMMA)) {
        break;
      }
    }
    return items;
  }

  private Pattern mappingPattern() {
    Token open = c.advance();
    List<Expr> keys = new ArrayList<>();
    List<Pattern> values = new ArrayList<>();
    String rest = null;
    while (!c.check(TokenKind.RBRACE)) {
      if (c.match(TokenKind.DOUBLESTAR)) {
        rest = ExpressionParser.identifier(c.expectName("a name after '**'"));
        c.match(TokenKind.COMMA);
        break;
      }
      Token keyStart = c.peek();
      Expr key = keyStart.kind() == TokenKind.NAME ? nameOrAttribute() : mappingKey();
      if (key instanceof Expr.Name) {
        throw c.error(key.span(), "mapping pattern keys may only match literals and attribute"
            + " lookups", "use a literal key such as \"name\", or a dotted constant");
      }
      c.expect(TokenKind.COLON, "after the mapping pattern key");
      keys.add(key);
      values.add(pattern());
      if (!c.match(TokenKind.COMMA)) {
        break;
      }
    }
    p.closing(TokenKind.RBRACE, open, "separate the entries with ','");
    return new Pattern.MatchMapping(keys, values, rest, c.spanFrom(open));
  }

  private Expr mappingKey() {
    if (c.check(TokenKind.NONE) || c.check(TokenKind.TRUE) || c.check(TokenKind.FALSE)) {
      return p.atoms.atom();
    }
    return literalExpression();
  }

  private Pattern classPattern(Token start, Expr cls) {
    Token open = c.advance();
    List<Pattern> positional = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Pattern> keywords = new ArrayList<>();
    while (!c.check(TokenKind.RPAR)) {
      if (c.check(TokenKind.NAME) && c.peek(1).kind() == TokenKind.EQUAL) {
        Token name = c.advance();
        c.advance();
        names.add(ExpressionParser.identifier(name));
        keywords.add(pattern());
      } else {
        Pattern item = pattern();
        if (!names.isEmpty()) {
          throw c.error(item.span(), "positional patterns follow keyword patterns",
              "put the positional patterns first: Point(0, y=1)");
        }
        positional.add(item);
      }
      if (!c.match(TokenKind.COMMA)) {
        break;
      }
    }
    p.closing(TokenKind.RPAR, open, "separate the patterns with ','");
    return new Pattern.MatchClass(cls, positional, names, keywords, c.spanFrom(start));
  }

  /** A number (signed, maybe complex like {@code -1+2j}) or a string, as an expression. */
  private Expr literalExpression() {
    if (c.check(TokenKind.STRING)) {
      Expr s = p.strings.strings();
      if (s instanceof Expr.JoinedStr) {
        throw c.error(s.span(), "patterns may only match literals and attribute lookups",
            "an f-string is computed at run time; use a guard: case x if x == f\"...\":");
      }
      return s;
    }
    Token start = c.peek();
    Expr real = signedNumber();
    if (!c.check(TokenKind.PLUS) && !c.check(TokenKind.MINUS)) {
      return real;
    }
    Operator.Binary op = c.advance().kind() == TokenKind.PLUS
        ? Operator.Binary.ADD : Operator.Binary.SUB;
    Token imagToken = c.peek();
    Expr imag = number();
    if (isImaginary(real) || !isImaginary(imag)) {
      throw c.error(isImaginary(real) ? real.span() : imagToken.span(), isImaginary(real)
          ? "real number required in complex literal"
          : "imaginary number required in complex literal", "write a complex literal as 1+2j");
    }
    return new Expr.BinOp(real, op, imag, c.spanFrom(start));
  }

  private static boolean isImaginary(Expr e) {
    Expr v = e instanceof Expr.UnaryOp u ? u.operand() : e;
    return v instanceof Expr.Constant k && k.value() instanceof Expr.Imaginary;
  }

  private Expr signedNumber() {
    if (c.check(TokenKind.MINUS)) {
      Token minus = c.advance();
      Expr operand = number();
      return new Expr.UnaryOp(Operator.Unary.NEG, operand, c.spanFrom(minus));
    }
    return number();
  }

  private Expr number() {
    Token t = c.peek();
    if (t.kind() != TokenKind.NUMBER) {
      throw c.errorAt(t, "expected a number" + c.found(t));
    }
    c.advance();
    return new Expr.Constant(AtomParser.number(t.text()), t.span());
  }
}
