package corosim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Statement lists with error recovery, and the simple statements of Python 3.11 (assignment in
 * all its forms, import, return, raise, del, ...). Compound statements are in
 * {@link CompoundParser}.
 *
 * <p>Recovery: a statement that fails is reported and skipped up to the next NEWLINE; an indented
 * block after it is parsed too (so its errors are reported) and dropped, as are the else, elif,
 * except and finally clauses of a compound statement that failed.
 */
final class StatementParser {
  private final TokenCursor c;
  private final ExpressionParser p;
  private final CompoundParser compound;

  StatementParser(TokenCursor cursor) {
    this.c = cursor;
    this.p = new ExpressionParser(cursor);
    this.compound = new CompoundParser(this, p);
  }

  /** file: statements up to END. */
  List<Stmt> file() {
    return statements(true);
  }

  /** Statements up to the DEDENT that ends their block (not consumed) or END. */
  List<Stmt> statements(boolean topLevel) {
    List<Stmt> out = new ArrayList<>();
    while (!c.check(TokenKind.END)) {
      if (c.check(TokenKind.DEDENT)) {
        if (!topLevel) {
          break;
        }
        c.advance();
        continue;
      }
      int before = c.position();
      recoverable(() -> statement(out));
      if (c.position() == before) {
        c.advance(); // a rule that consumed nothing must not be retried forever
      }
    }
    return out;
  }

  /** Runs {@code rule}; if it fails, reports why and skips to the next statement. */
  void recoverable(Runnable rule) {
    Token first = c.peek();
    c.reporter().startStatement(first.span().line());
    try {
      rule.run();
    } catch (ParseError e) {
      c.report(e);
      synchronize(CompoundParser.startsCompound(first));
    } catch (StackOverflowError e) {
      c.report(first.span(), "statement is nested too deeply to parse",
          "split it into smaller statements");
      synchronize(CompoundParser.startsCompound(first));
    }
  }

  private void synchronize(boolean compoundStatement) {
    skipLine();
    while (compoundStatement && (c.check(TokenKind.ELIF) || c.check(TokenKind.ELSE)
        || c.check(TokenKind.EXCEPT) || c.check(TokenKind.FINALLY))) {
      skipLine();
    }
  }

  /** Skips to after the next NEWLINE, then over an indented block, reporting its errors. */
  private void skipLine() {
    while (!c.check(TokenKind.NEWLINE) && !c.check(TokenKind.END) && !c.check(TokenKind.DEDENT)
        && !c.check(TokenKind.INDENT)) {
      c.advance();
    }
    c.match(TokenKind.NEWLINE);
    if (c.match(TokenKind.INDENT)) {
      statements(false);
      c.match(TokenKind.DEDENT);
    }
  }

  private void statement(List<Stmt> out) {
    Token t = c.peek();
    switch (t.kind()) {
      case IF, WHILE, FOR, TRY, WITH, DEF, CLASS, AT, ASYNC -> out.add(compound.statement());
      case INDENT -> {
        c.advance();
        c.reportAt(c.peek(), "unexpected indent",
            "indent a line only to start the block after a line ending with ':'");
        out.addAll(statements(false));
        c.match(TokenKind.DEDENT);
      }
      case ELIF -> throw orphan(t, "'elif' without a matching 'if'");
      case ELSE -> throw orphan(t, "'else' without a matching 'if', 'for', 'while' or 'try'");
      case EXCEPT -> throw orphan(t, "'except' without a matching 'try'");
      case FINALLY -> throw orphan(t, "'finally' without a matching 'try'");
      default -> {
        if (t.kind() == TokenKind.NAME && t.text().equals("match") && compound.startsMatch()) {
          out.add(compound.matchStatement());
        } else {
          simpleStatements(out);
        }
      }
    }
  }

  private ParseError orphan(Token t, String message) {
    return c.errorAt(t, message,
        "align it with the statement it continues, and check that statement's own errors");
  }

  /** simple_stmts: simple statements separated by ';' up to the end of the line. */
  void simpleStatements(List<Stmt> out) {
    Stmt last;
    do {
      last = simpleStatement();
      out.add(last);
    } while (c.match(TokenKind.SEMI) && !c.check(TokenKind.NEWLINE) && !c.check(TokenKind.END));
    if (c.match(TokenKind.NEWLINE) || c.check(TokenKind.END)) {
      return;
    }
    Token t = c.peek();
    if (last instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Name n
        && (n.id().equals("print") || n.id().equals("exec"))
        && ExpressionParser.startsExpression(t)) {
      String rest = restOfLine(t);
      throw c.error(n.span(), "missing parentheses in call to '" + n.id() + "'",
          "in Python 3 " + n.id() + " is a function: " + n.id() + "(" + rest + ")");
    }
    if (t.kind() == TokenKind.COLONEQUAL) {
      throw c.errorAt(t, "expected end of line" + c.found(t),
          "a statement assigns with '='; ':=' assigns inside an expression: if (n := len(a)) > 9:");
    }
    if (ExpressionParser.startsExpression(t)) {
      throw c.errorAt(t, "expected an operator or end of line" + c.found(t),
          "is an operator or a ',' missing before '" + t.text() + "'?");
    }
    throw c.errorAt(t, "expected end of line" + c.found(t));
  }

  /** The source text from token {@code t} to the end of its line, rebuilt from the tokens. */
  private String restOfLine(Token t) {
    StringBuilder text = new StringBuilder();
    Token prev = null;
    for (int i = 0; ; i++) {
      Token next = c.peek(i);
      if (next.kind() == TokenKind.NEWLINE || next.kind() == TokenKind.END
          || next.span().line() != t.span().line() || next.span().endLine() != t.span().line()) {
        break;
      }
      if (prev != null) {
        text.append(" ".repeat(Math.max(0, next.span().col() - prev.span().endCol())));
      }
      text.append(next.text());
      prev = next;
    }
    return text.toString();
  }

  private Stmt simpleStatement() {
    Token t = c.peek();
    return switch (t.kind()) {
      case PASS -> new Stmt.Pass(c.advance().span());
      case BREAK -> new Stmt.Break(c.advance().span());
      case CONTINUE -> new Stmt.Continue(c.advance().span());
      case RETURN -> returnStatement();
      case RAISE -> raiseStatement();
      case GLOBAL, NONLOCAL -> globalStatement();
      case DEL -> delStatement();
      case ASSERT -> assertStatement();
      case IMPORT -> importStatement();
      case FROM -> fromImportStatement();
      default -> expressionStatement();
    };
  }

  private Stmt returnStatement() {
    Token start = c.advance();
    Expr value = ExpressionParser.startsExpression(c.peek()) ? p.starExpressions() : null;
    return new Stmt.Return(value, c.spanFrom(start));
  }

  private Stmt raiseStatement() {
    Token start = c.advance();
    Expr exc = null;
    Expr cause = null;
    if (ExpressionParser.startsExpression(c.peek())) {
      exc = p.expression();
      if (c.match(TokenKind.FROM)) {
        cause = p.expression();
      }
    }
    return new Stmt.Raise(exc, cause, c.spanFrom(start));
  }

  private Stmt globalStatement() {
    Token start = c.advance();
    List<String> names = new ArrayList<>();
    do {
      names.add(ExpressionParser.identifier(c.expectName("a name after '" + start.text() + "'")));
    } while (c.match(TokenKind.COMMA));
    return start.kind() == TokenKind.GLOBAL
        ? new Stmt.Global(names, c.spanFrom(start))
        : new Stmt.Nonlocal(names, c.spanFrom(start));
  }

  private Stmt delStatement() {
    Token start = c.advance();
    List<Expr> targets = new ArrayList<>();
    do {
      Expr target = p.atoms.starTarget();
      Targets.checkDelete(target, c);
      targets.add(target);
    } while (c.match(TokenKind.COMMA) && ExpressionParser.startsExpression(c.peek()));
    return new Stmt.Delete(targets, c.spanFrom(start));
  }

  private Stmt assertStatement() {
    Token start = c.advance();
    Expr test = p.expression();
    Expr msg = c.match(TokenKind.COMMA) ? p.expression() : null;
    return new Stmt.Assert(test, msg, c.spanFrom(start));
  }

  private Stmt importStatement() {
    Token start = c.advance();
    List<Node.Alias> names = new ArrayList<>();
    do {
      Token first = c.peek();
      String name = dottedName();
      String asName = c.match(TokenKind.AS)
          ? ExpressionParser.identifier(c.expectName("a name after 'as'")) : null;
      names.add(new Node.Alias(name, asName, c.spanFrom(first)));
    } while (c.match(TokenKind.COMMA));
    return new Stmt.Import(names, c.spanFrom(start));
  }

  private String dottedName() {
    StringBuilder name = new StringBuilder(
        ExpressionParser.identifier(c.expectName("a module name")));
    while (c.match(TokenKind.DOT)) {
      name.append('.').append(ExpressionParser.identifier(c.expectName("a name after '.'")));
    }
    return name.toString();
  }

  private Stmt fromImportStatement() {
    Token start = c.advance();
    int level = 0;
    while (c.check(TokenKind.DOT) || c.check(TokenKind.ELLIPSIS)) {
      level += c.advance().kind() == TokenKind.DOT ? 1 : 3;
    }
    String module = level > 0 && c.check(TokenKind.IMPORT) ? null : dottedName();
    c.expect(TokenKind.IMPORT, "after the module name",
        "a from-import reads: from module import name");
    List<Node.Alias> names = new ArrayList<>();
    if (c.check(TokenKind.STAR)) {
      names.add(new Node.Alias("*", null, c.advance().span()));
    } else if (c.check(TokenKind.LPAR)) {
      Token open = c.advance();
      importNames(names, true);
      p.closing(TokenKind.RPAR, open, "separate the imported names with ','");
    } else {
      importNames(names, false);
    }
    return new Stmt.ImportFrom(module, names, level, c.spanFrom(start));
  }

  private void importNames(List<Node.Alias> names, boolean parenthesized) {
    while (true) {
      Token first = c.expectName("a name to import");
      String asName = c.match(TokenKind.AS)
          ? ExpressionParser.identifier(c.expectName("a name after 'as'")) : null;
      names.add(new Node.Alias(ExpressionParser.identifier(first), asName, c.spanFrom(first)));
      if (!c.check(TokenKind.COMMA)) {
        return;
      }
      Token comma = c.advance();
      if (parenthesized && c.check(TokenKind.RPAR)) {
        return;
      }
      if (!parenthesized && !c.check(TokenKind.NAME)) {
        throw c.errorAt(comma, "trailing comma not allowed without surrounding parentheses",
            "remove the ',' or put the names in parentheses");
      }
    }
  }

  /** An expression statement or an assignment: plain, chained, augmented or annotated. */
  private Stmt expressionStatement() {
    Token start = c.peek();
    Expr first = p.starExpressionsOrYield();
    if (c.check(TokenKind.COLON)) {
      return annotatedAssignment(start, first);
    }
    Operator.Binary op = augmentedOperator(c.peek().kind());
    if (op != null) {
      if (!Targets.isSingle(first)) {
        throw c.error(first.span(), "'" + Targets.describe(first)
            + "' is an illegal expression for augmented assignment",
            "augmented assignment updates one name, attribute or item");
      }
      c.advance();
      Expr value = p.starExpressionsOrYield();
      return new Stmt.AugAssign(first, op, value, c.spanFrom(start));
    }
    if (!c.check(TokenKind.EQUAL)) {
      return new Stmt.ExprStmt(first, c.spanFrom(start));
    }
    List<Expr> targets = new ArrayList<>();
    targets.add(first);
    Expr value;
    while (true) {
      c.advance();
      Expr next = p.starExpressionsOrYield();
      if (!c.check(TokenKind.EQUAL)) {
        value = next;
        break;
      }
      targets.add(next);
    }
    for (Expr target : targets) {
      Targets.checkStore(target, c,
          "to compare, use '=='; only names, attributes and items can be assigned to");
    }
    return new Stmt.Assign(targets, value, c.spanFrom(start));
  }

  private Stmt annotatedAssignment(Token start, Expr target) {
    if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
      String kind = target instanceof Expr.TupleExpr ? "tuple" : "list";
      throw c.error(target.span(), "only single target (not " + kind + ") can be annotated",
          "annotate each name on its own line");
    }
    if (!Targets.isSingle(target)) {
      throw c.error(target.span(), "illegal target for annotation",
          "annotate a name, attribute or item: x: int = 0");
    }
    c.advance();
    Expr annotation = p.expression();
    Expr value = c.match(TokenKind.EQUAL) ? p.starExpressionsOrYield() : null;
    return new Stmt.AnnAssign(target, annotation, value, c.spanFrom(start));
  }

  private static Operator.Binary augmentedOperator(TokenKind kind) {
    return switch (kind) {
      case PLUSEQUAL -> Operator.Binary.ADD;
      case MINEQUAL -> Operator.Binary.SUB;
      case STAREQUAL -> Operator.Binary.MUL;
      case ATEQUAL -> Operator.Binary.MATMUL;
      case SLASHEQUAL -> Operator.Binary.DIV;
      case DOUBLESLASHEQUAL -> Operator.Binary.FLOORDIV;
      case PERCENTEQUAL -> Operator.Binary.MOD;
      case DOUBLESTAREQUAL -> Operator.Binary.POW;
      case LEFTSHIFTEQUAL -> Operator.Binary.LSHIFT;
      case RIGHTSHIFTEQUAL -> Operator.Binary.RSHIFT;
      case VBAREQUAL -> Operator.Binary.BITOR;
      case CIRCUMFLEXEQUAL -> Operator.Binary.BITXOR;
      case AMPEREQUAL -> Operator.Binary.BITAND;
      default -> null;
    };
  }
}
