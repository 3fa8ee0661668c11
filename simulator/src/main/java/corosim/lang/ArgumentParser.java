package corosim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The argument list of a call or class header, and the parameter list of a {@code def} or
 * {@code lambda}, with CPython's ordering rules and messages ("positional argument follows
 * keyword argument", "non-default argument follows default argument").
 */
final class ArgumentParser {
  /** Positional arguments (maybe {@code *x}) and keywords (a null name is {@code **x}). */
  record CallArguments(List<Expr> args, List<Node.Keyword> keywords) {}

  private final ExpressionParser p;
  private final TokenCursor c;

  ArgumentParser(ExpressionParser expressions) {
    this.p = expressions;
    this.c = expressions.c;
  }

  /** {@code func(...)}: the call on {@code func}, whose source starts at {@code start}. */
  Expr call(Expr func, Token start) {
    CallArguments a = arguments(true);
    return new Expr.Call(func, a.args(), a.keywords(), c.spanFrom(start));
  }

  /**
   * {@code ( args )}, the current token being the opening parenthesis; a call may have a bare
   * generator expression as its only argument, a class header may not.
   */
  CallArguments arguments(boolean call) {
    Token open = c.expect(TokenKind.LPAR, "");
    List<Expr> args = new ArrayList<>();
    List<Node.Keyword> keywords = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    while (!c.check(TokenKind.RPAR)) {
      Token start = c.peek();
      if (c.match(TokenKind.STAR)) {
        Expr value = p.expression();
        if (sawDoubleStar) {
          throw c.error(c.spanFrom(start),
              "iterable argument unpacking follows keyword argument unpacking");
        }
        args.add(new Expr.Starred(value, c.spanFrom(start)));
      } else if (c.match(TokenKind.DOUBLESTAR)) {
        Expr value = p.expression();
        keywords.add(new Node.Keyword(null, value, c.spanFrom(start)));
        sawDoubleStar = true;
      } else if (c.check(TokenKind.NAME) && c.peek(1).kind() == TokenKind.EQUAL) {
        c.advance();
        c.advance();
        Expr value = p.expression();
        keywords.add(new Node.Keyword(ExpressionParser.identifier(start), value,
            c.spanFrom(start)));
        sawKeyword = true;
      } else {
        Expr value = p.namedExpression();
        if (call && p.atoms.startsComprehension()) {
          List<Node.Comprehension> generators = p.atoms.comprehensionClauses();
          if (!args.isEmpty() || !keywords.isEmpty() || !c.check(TokenKind.RPAR)) {
            throw c.error(c.spanFrom(start), "generator expression must be parenthesized",
                "put the generator expression in its own parentheses: f((x for x in y), z)");
          }
          c.advance();
          Expr gen = new Expr.GeneratorExp(value, generators, c.spanFrom(open));
          return new CallArguments(List.of(gen), keywords);
        }
        if (c.check(TokenKind.EQUAL)) {
          throw c.error(c.spanFrom(start),
              "expression cannot contain assignment, perhaps you meant \"==\"?",
              "a keyword argument is a plain name: f(key=value)");
        }
        if (sawDoubleStar) {
          throw c.error(value.span(), "positional argument follows keyword argument unpacking",
              "pass positional arguments before **kwargs");
        }
        if (sawKeyword) {
          throw c.error(value.span(), "positional argument follows keyword argument",
              "pass positional arguments before keyword arguments");
        }
        args.add(value);
      }
      if (!c.match(TokenKind.COMMA)) {
        break;
      }
    }
    p.closing(TokenKind.RPAR, open, "separate the arguments with ','");
    return new CallArguments(args, keywords);
  }

  /**
   * A parameter list up to (not including) {@code close}: {@code )} for def, {@code :} for
   * lambda, whose parameters have no annotations.
   */
  Node.Arguments parameters(TokenKind close, boolean annotations) {
    List<Node.Arg> posOnly = new ArrayList<>();
    List<Node.Arg> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    List<Node.Arg> kwOnly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Node.Arg vararg = null;
    Node.Arg kwarg = null;
    boolean star = false;
    boolean slash = false;
    Token bareStar = null;
    while (!c.check(close)) {
      Token t = c.peek();
      if (kwarg != null) {
        throw c.errorAt(t, "arguments cannot follow var-keyword argument",
            "**" + kwarg.name() + " must be the last parameter");
      }
      if (c.match(TokenKind.SLASH)) {
        if (slash) {
          throw c.errorAt(t, "/ may appear only once");
        }
        if (star) {
          throw c.errorAt(t, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
          throw c.errorAt(t, "at least one argument must precede /");
        }
        slash = true;
        posOnly.addAll(args);
        args.clear();
      } else if (c.match(TokenKind.DOUBLESTAR)) {
        kwarg = parameter(annotations, false);
      } else if (c.match(TokenKind.STAR)) {
        if (star) {
          throw c.errorAt(t, "* argument may appear only once");
        }
        star = true;
        if (c.check(TokenKind.COMMA) || c.check(close)) {
          bareStar = t;
        } else {
          vararg = parameter(annotations, true);
        }
      } else {
        Node.Arg arg = parameter(annotations, false);
        Expr value = c.match(TokenKind.EQUAL) ? p.expression() : null;
        if (star) {
          kwOnly.add(arg);
          kwDefaults.add(value);
        } else {
          if (value != null) {
            defaults.add(value);
          } else if (!defaults.isEmpty()) {
            throw c.error(arg.span(), "non-default argument follows default argument",
                "give '" + arg.name() + "' a default too, or move it before the parameters"
                    + " with defaults");
          }
          args.add(arg);
        }
      }
      if (!c.match(TokenKind.COMMA)) {
        break;
      }
    }
    if (bareStar != null && kwOnly.isEmpty()) {
      throw c.errorAt(bareStar, "named arguments must follow bare *");
    }
    return new Node.Arguments(posOnly, args, vararg, kwOnly, kwDefaults, kwarg, defaults);
  }

  /** One parameter name with its annotation; {@code *args: *Ts} may have a starred one. */
  private Node.Arg parameter(boolean annotations, boolean starAnnotation) {
    Token name = c.expectName("a parameter name");
    Expr annotation = null;
    if (annotations && c.match(TokenKind.COLON)) {
      annotation = starAnnotation && c.check(TokenKind.STAR) ? p.starExpression() : p.expression();
    }
    return new Node.Arg(ExpressionParser.identifier(name), annotation, c.spanFrom(name));
  }
}
