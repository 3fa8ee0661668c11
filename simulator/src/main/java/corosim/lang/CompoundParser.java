package corosim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Compound statements of Python 3.11: if, while, for, with, try, def, class (with decorators),
 * their async forms, and match, whose patterns are in {@link PatternParser}.
 */
final class CompoundParser {
  private final StatementParser statements;
  private final ExpressionParser p;
  private final TokenCursor c;
  private final PatternParser patterns;

  CompoundParser(StatementParser statements, ExpressionParser expressions) {
    this.statements = statements;
    this.p = expressions;
    this.c = expressions.c;
    this.patterns = new PatternParser(expressions);
  }

  /** Whether a statement starting with {@code t} is compound (so else/except may follow it). */
  static boolean startsCompound(Token t) {
    return switch (t.kind()) {
      case IF, WHILE, FOR, TRY, WITH, DEF, CLASS, AT, ASYNC -> true;
      default -> t.kind() == TokenKind.NAME && t.text().equals("match");
    };
  }

  Stmt statement() {
    Token start = c.peek();
    return switch (start.kind()) {
      case IF -> ifStatement();
      case WHILE -> whileStatement();
      case FOR -> forStatement(start, false);
      case TRY -> tryStatement();
      case WITH -> withStatement(start, false);
      case DEF -> functionDef(start, List.of(), false);
      case CLASS -> classDef(start, List.of());
      case AT -> decorated();
      case ASYNC -> asyncStatement();
      default -> throw new IllegalStateException("not a compound statement: " + start);
    };
  }

  /**
   * The ':' ending a header line. The hint for a missing colon names the statement; an '='
   * in a condition gets the '==' hint instead.
   */
  private void colon(String context, String keyword) {
    if (c.match(TokenKind.COLON)) {
      return;
    }
    Token found = c.peek();
    String hint = "every `" + keyword + "` line ends with a colon";
    if (found.kind() == TokenKind.EQUAL && List.of("if", "elif", "while").contains(keyword)) {
      hint = "to compare, use '=='; to assign inside a condition, use ':='";
    }
    throw c.errorAt(found, "expected ':' " + context + c.found(found), hint);
  }

  /** block: statements on the header's line, or NEWLINE and an indented block. */
  List<Stmt> block(String owner, Token ownerToken) {
    if (!c.check(TokenKind.NEWLINE)) {
      List<Stmt> out = new ArrayList<>();
      statements.simpleStatements(out);
      return out;
    }
    c.advance();
    if (!c.match(TokenKind.INDENT)) {
      c.reportAt(c.peek(), "expected an indented block after " + owner + " on line "
          + ownerToken.span().line(), "indent the lines of the block, e.g. 4 spaces deeper");
      return List.of();
    }
    List<Stmt> body = statements.statements(false);
    c.match(TokenKind.DEDENT);
    return body;
  }

  private Stmt ifStatement() {
    Token start = c.advance();
    String keyword = start.text();
    Expr test = p.namedExpression();
    colon("after the " + keyword + " condition", keyword);
    List<Stmt> body = block("'" + keyword + "' statement", start);
    List<Stmt> orElse = List.of();
    if (c.check(TokenKind.ELIF)) {
      orElse = List.of(ifStatement());
    } else {
      orElse = elseClause();
    }
    return new Stmt.If(test, body, orElse, c.spanFrom(start));
  }

  private List<Stmt> elseClause() {
    if (!c.check(TokenKind.ELSE)) {
      return List.of();
    }
    Token elseToken = c.advance();
    colon("after 'else'", "else");
    return block("'else' statement", elseToken);
  }

  private Stmt whileStatement() {
    Token start = c.advance();
    Expr test = p.namedExpression();
    colon("after the while condition", "while");
    List<Stmt> body = block("'while' statement", start);
    return new Stmt.While(test, body, elseClause(), c.spanFrom(start));
  }

  private Stmt forStatement(Token start, boolean isAsync) {
    Token forToken = c.expect(TokenKind.FOR, "");
    Expr target = p.atoms.starTargets();
    Targets.checkStore(target, c);
    c.expect(TokenKind.IN, "after the for loop's target", "a for loop reads: for x in items:");
    Expr iter = p.starExpressions();
    colon("after the for loop's iterable", "for");
    List<Stmt> body = block("'for' statement", forToken);
    return new Stmt.For(target, iter, body, elseClause(), isAsync, c.spanFrom(start));
  }

  private Stmt withStatement(Token start, boolean isAsync) {
    Token withToken = c.expect(TokenKind.WITH, "");
    List<Node.WithItem> items = null;
    if (c.check(TokenKind.LPAR)) {
      // with (a as b, c as d): is tried first, as in CPython's grammar; (a, b) as c is not it.
      long mark = c.mark();
      try {
        items = parenthesizedWithItems();
      } catch (ParseError notThisForm) {
        items = null;
      }
      if (items == null) {
        c.reset(mark);
      }
    }
    if (items == null) {
      items = new ArrayList<>();
      do {
        items.add(withItem());
      } while (c.match(TokenKind.COMMA));
    }
    colon("after the with items", "with");
    List<Stmt> body = block("'with' statement", withToken);
    return new Stmt.With(items, body, isAsync, c.spanFrom(start));
  }

  private List<Node.WithItem> parenthesizedWithItems() {
    Token open = c.advance();
    List<Node.WithItem> items = new ArrayList<>();
    do {
      items.add(withItem());
    } while (c.match(TokenKind.COMMA) && !c.check(TokenKind.RPAR));
    p.closing(TokenKind.RPAR, open, "separate the with items with ','");
    return c.check(TokenKind.COLON) ? items : null;
  }

  private Node.WithItem withItem() {
    Expr context = p.expression();
    Expr vars = null;
    if (c.match(TokenKind.AS)) {
      vars = p.atoms.starTarget();
      Targets.checkStore(vars, c);
    }
    return new Node.WithItem(context, vars);
  }

  private Stmt tryStatement() {
    Token start = c.advance();
    colon("after 'try'", "try");
    List<Stmt> body = block("'try' statement", start);
    List<Node.ExceptHandler> handlers = new ArrayList<>();
    Boolean star = null;
    while (c.check(TokenKind.EXCEPT)) {
      Token except = c.advance();
      boolean isStar = c.match(TokenKind.STAR);
      if (star != null && star != isStar) {
        throw c.error(c.spanFrom(except),
            "cannot have both 'except' and 'except*' on the same 'try'",
            "use except* for every handler of an exception group, or except for none");
      }
      star = isStar;
      Expr type = null;
      String name = null;
      if (!c.check(TokenKind.COLON)) {
        Token typeStart = c.peek();
        type = p.expression();
        if (c.check(TokenKind.COMMA)) {
          throw c.error(c.spanFrom(typeStart).to(c.peek().span()),
              "multiple exception types must be parenthesized",
              "write except (TypeError, ValueError):");
        }
        if (c.match(TokenKind.AS)) {
          name = ExpressionParser.identifier(c.expectName("a name after 'as'"));
        }
      } else if (isStar) {
        throw c.errorAt(c.peek(), "expected one or more exception types after 'except*'");
      }
      colon("after the except clause", "except");
      List<Stmt> handlerBody = block("'except' statement", except);
      handlers.add(new Node.ExceptHandler(type, name, handlerBody, c.spanFrom(except)));
    }
    List<Stmt> orElse = handlers.isEmpty() ? List.of() : elseClause();
    List<Stmt> finalBody = List.of();
    boolean hasFinally = c.check(TokenKind.FINALLY);
    if (hasFinally) {
      Token finallyToken = c.advance();
      colon("after 'finally'", "finally");
      finalBody = block("'finally' statement", finallyToken);
    }
    if (handlers.isEmpty() && !hasFinally) {
      throw c.errorAt(c.peek(), "expected 'except' or 'finally' block" + c.found(c.peek()),
          "a `try` needs at least one `except` or `finally` clause at its own indentation");
    }
    return new Stmt.Try(body, handlers, orElse, finalBody, Boolean.TRUE.equals(star),
        c.spanFrom(start));
  }

  private Stmt decorated() {
    Token start = c.peek();
    List<Expr> decorators = new ArrayList<>();
    while (c.match(TokenKind.AT)) {
      decorators.add(p.namedExpression());
      c.expect(TokenKind.NEWLINE, "after the decorator", "a decorator stands on a line of its own");
    }
    if (c.check(TokenKind.DEF)) {
      return functionDef(start, decorators, false);
    }
    if (c.check(TokenKind.ASYNC) && c.peek(1).kind() == TokenKind.DEF) {
      c.advance();
      return functionDef(start, decorators, true);
    }
    if (c.check(TokenKind.CLASS)) {
      return classDef(start, decorators);
    }
    throw c.errorAt(c.peek(), "expected 'def' or 'class' after the decorators"
        + c.found(c.peek()), "decorators apply to the function or class defined right below");
  }

  private Stmt asyncStatement() {
    Token start = c.advance();
    return switch (c.peek().kind()) {
      case DEF -> functionDef(start, List.of(), true);
      case FOR -> forStatement(start, true);
      case WITH -> withStatement(start, true);
      default -> throw c.errorAt(c.peek(), "expected 'def', 'for' or 'with' after 'async'"
          + c.found(c.peek()));
    };
  }

  private Stmt functionDef(Token start, List<Expr> decorators, boolean isAsync) {
    Token def = c.expect(TokenKind.DEF, "");
    Token name = c.expectName("a function name after 'def'");
    Token open = c.expect(TokenKind.LPAR, "after the function name",
        "a function definition reads: def name(parameters):");
    Node.Arguments args = p.arguments.parameters(TokenKind.RPAR, true);
    p.closing(TokenKind.RPAR, open, "separate the parameters with ','");
    Expr returns = c.match(TokenKind.ARROW) ? p.expression() : null;
    colon("after the function signature", "def");
    List<Stmt> body = block("function definition", def);
    return new Stmt.FunctionDef(ExpressionParser.identifier(name), args, body, decorators,
        returns, isAsync, c.spanFrom(start));
  }

  private Stmt classDef(Token start, List<Expr> decorators) {
    Token cls = c.advance();
    Token name = c.expectName("a class name after 'class'");
    List<Expr> bases = List.of();
    List<Node.Keyword> keywords = List.of();
    if (c.check(TokenKind.LPAR)) {
      ArgumentParser.CallArguments a = p.arguments.arguments(false);
      bases = a.args();
      keywords = a.keywords();
    }
    colon("after the class header", "class");
    List<Stmt> body = block("class definition", cls);
    return new Stmt.ClassDef(ExpressionParser.identifier(name), bases, keywords, body,
        decorators, c.spanFrom(start));
  }

  /**
   * At the name 'match': whether a match statement starts here. 'match' is a soft keyword, so
   * {@code match = 3} and {@code match(x)} stay ordinary statements; like CPython's PEG parser
   * this tries the match header and backs off if it does not parse.
   */
  boolean startsMatch() {
    if (!ExpressionParser.startsExpression(c.peek(1))) {
      return false;
    }
    long mark = c.mark();
    try {
      c.advance();
      subject();
      return c.check(TokenKind.COLON) && c.peek(1).kind() == TokenKind.NEWLINE;
    } catch (ParseError notMatch) {
      return false;
    } finally {
      c.reset(mark);
    }
  }

  Stmt matchStatement() {
    Token start = c.advance();
    Expr subject = subject();
    colon("after the match subject", "match");
    c.expect(TokenKind.NEWLINE, "after 'match ...:'");
    List<Node.MatchCase> cases = new ArrayList<>();
    if (!c.match(TokenKind.INDENT)) {
      c.reportAt(c.peek(), "expected an indented block after 'match' statement on line "
          + start.span().line(), "indent the case blocks of the match statement");
      return new Stmt.Match(subject, cases, c.spanFrom(start));
    }
    while (!c.check(TokenKind.DEDENT) && !c.check(TokenKind.END)) {
      int before = c.position();
      statements.recoverable(() -> cases.add(caseBlock()));
      if (c.position() == before) {
        c.advance();
      }
    }
    c.match(TokenKind.DEDENT);
    return new Stmt.Match(subject, cases, c.spanFrom(start));
  }

  /** subject_expr: a named expression, or a tuple {@code match a, *b:}. */
  private Expr subject() {
    Token start = c.peek();
    Expr first = p.starNamedExpression();
    if (!c.check(TokenKind.COMMA)) {
      if (first instanceof Expr.Starred) {
        throw c.error(first.span(), "cannot use starred expression here");
      }
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (c.match(TokenKind.COMMA) && ExpressionParser.startsExpression(c.peek())) {
      elts.add(p.starNamedExpression());
    }
    return new Expr.TupleExpr(elts, c.spanFrom(start));
  }

  private Node.MatchCase caseBlock() {
    if (!c.checkName("case")) {
      throw c.errorAt(c.peek(), "expected 'case' in the match block" + c.found(c.peek()),
          "each branch of a match statement starts with `case pattern:`");
    }
    Token caseToken = c.advance();
    Pattern pattern = patterns.patterns();
    Expr guard = c.match(TokenKind.IF) ? p.namedExpression() : null;
    colon("after the case pattern", "case");
    List<Stmt> body = block("'case' statement", caseToken);
    return new Node.MatchCase(pattern, guard, body);
  }
}
