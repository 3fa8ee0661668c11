package corosim.lang;

import corosim.lang.Node.Arguments;
import corosim.lang.Node.Comprehension;
import corosim.lang.Node.ExceptHandler;
import corosim.lang.Node.Keyword;
import corosim.lang.Node.MatchCase;
import corosim.lang.Node.WithItem;
import java.util.List;

/**
 * Visits every node of a tree in source order. Passes that care about a few node kinds extend
 * it and override those, calling {@code super} to keep walking the children.
 */
public abstract class TreeWalker
    implements Expr.Visitor<Void>, Stmt.Visitor<Void>, Pattern.Visitor<Void> {

  public void walk(List<Stmt> body) {
    for (Stmt s : body) {
      s.accept(this);
    }
  }

  protected void expr(Expr e) {
    if (e != null) {
      e.accept(this);
    }
  }

  protected void exprs(List<Expr> es) {
    for (Expr e : es) {
      expr(e);
    }
  }

  protected void pattern(Pattern p) {
    if (p != null) {
      p.accept(this);
    }
  }

  protected void arguments(Arguments a) {
    exprs(a.defaults());
    for (Expr e : a.kwDefaults()) {
      expr(e);
    }
  }

  protected void keywords(List<Keyword> ks) {
    for (Keyword k : ks) {
      expr(k.value());
    }
  }

  protected void comprehensions(List<Comprehension> gens) {
    for (Comprehension c : gens) {
      expr(c.iter());
      expr(c.target());
      exprs(c.ifs());
    }
  }

  // ---- expressions

  @Override
  public Void visitName(Expr.Name e) {
    return null;
  }

  @Override
  public Void visitConstant(Expr.Constant e) {
    return null;
  }

  @Override
  public Void visitJoinedStr(Expr.JoinedStr e) {
    exprs(e.values());
    return null;
  }

  @Override
  public Void visitFormattedValue(Expr.FormattedValue e) {
    expr(e.value());
    expr(e.formatSpec());
    return null;
  }

  @Override
  public Void visitBinOp(Expr.BinOp e) {
    expr(e.left());
    expr(e.right());
    return null;
  }

  @Override
  public Void visitUnaryOp(Expr.UnaryOp e) {
    expr(e.operand());
    return null;
  }

  @Override
  public Void visitBoolOp(Expr.BoolOp e) {
    exprs(e.values());
    return null;
  }

  @Override
  public Void visitCompare(Expr.Compare e) {
    expr(e.left());
    exprs(e.comparators());
    return null;
  }

  @Override
  public Void visitIfExp(Expr.IfExp e) {
    expr(e.test());
    expr(e.body());
    expr(e.orElse());
    return null;
  }

  @Override
  public Void visitCall(Expr.Call e) {
    expr(e.func());
    exprs(e.args());
    keywords(e.keywords());
    return null;
  }

  @Override
  public Void visitAttribute(Expr.Attribute e) {
    expr(e.value());
    return null;
  }

  @Override
  public Void visitSubscript(Expr.Subscript e) {
    expr(e.value());
    expr(e.slice());
    return null;
  }

  @Override
  public Void visitSlice(Expr.Slice e) {
    expr(e.lower());
    expr(e.upper());
    expr(e.step());
    return null;
  }

  @Override
  public Void visitStarred(Expr.Starred e) {
    expr(e.value());
    return null;
  }

  @Override
  public Void visitListExpr(Expr.ListExpr e) {
    exprs(e.elts());
    return null;
  }

  @Override
  public Void visitTupleExpr(Expr.TupleExpr e) {
    exprs(e.elts());
    return null;
  }

  @Override
  public Void visitSetExpr(Expr.SetExpr e) {
    exprs(e.elts());
    return null;
  }

  @Override
  public Void visitDictExpr(Expr.DictExpr e) {
    for (int i = 0; i < e.keys().size(); i++) {
      expr(e.keys().get(i));
      expr(e.values().get(i));
    }
    return null;
  }

  @Override
  public Void visitListComp(Expr.ListComp e) {
    comprehensions(e.generators());
    expr(e.elt());
    return null;
  }

  @Override
  public Void visitSetComp(Expr.SetComp e) {
    comprehensions(e.generators());
    expr(e.elt());
    return null;
  }

  @Override
  public Void visitDictComp(Expr.DictComp e) {
    comprehensions(e.generators());
    expr(e.key());
    expr(e.value());
    return null;
  }

  @Override
  public Void visitGeneratorExp(Expr.GeneratorExp e) {
    comprehensions(e.generators());
    expr(e.elt());
    return null;
  }

  @Override
  public Void visitLambda(Expr.Lambda e) {
    arguments(e.args());
    expr(e.body());
    return null;
  }

  @Override
  public Void visitAwait(Expr.Await e) {
    expr(e.value());
    return null;
  }

  @Override
  public Void visitYield(Expr.Yield e) {
    expr(e.value());
    return null;
  }

  @Override
  public Void visitYieldFrom(Expr.YieldFrom e) {
    expr(e.value());
    return null;
  }

  @Override
  public Void visitNamedExpr(Expr.NamedExpr e) {
    expr(e.value());
    expr(e.target());
    return null;
  }

  // ---- statements

  @Override
  public Void visitFunctionDef(Stmt.FunctionDef s) {
    exprs(s.decorators());
    arguments(s.args());
    walk(s.body());
    return null;
  }

  @Override
  public Void visitClassDef(Stmt.ClassDef s) {
    exprs(s.decorators());
    exprs(s.bases());
    keywords(s.keywords());
    walk(s.body());
    return null;
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    expr(s.value());
    return null;
  }

  @Override
  public Void visitDelete(Stmt.Delete s) {
    exprs(s.targets());
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    expr(s.value());
    exprs(s.targets());
    return null;
  }

  @Override
  public Void visitAugAssign(Stmt.AugAssign s) {
    expr(s.value());
    expr(s.target());
    return null;
  }

  @Override
  public Void visitAnnAssign(Stmt.AnnAssign s) {
    expr(s.value());
    expr(s.target());
    return null;
  }

  @Override
  public Void visitFor(Stmt.For s) {
    expr(s.iter());
    expr(s.target());
    walk(s.body());
    walk(s.orElse());
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While s) {
    expr(s.test());
    walk(s.body());
    walk(s.orElse());
    return null;
  }

  @Override
  public Void visitIf(Stmt.If s) {
    expr(s.test());
    walk(s.body());
    walk(s.orElse());
    return null;
  }

  @Override
  public Void visitWith(Stmt.With s) {
    for (WithItem item : s.items()) {
      expr(item.context());
      expr(item.vars());
    }
    walk(s.body());
    return null;
  }

  @Override
  public Void visitMatch(Stmt.Match s) {
    expr(s.subject());
    for (MatchCase c : s.cases()) {
      pattern(c.pattern());
      expr(c.guard());
      walk(c.body());
    }
    return null;
  }

  @Override
  public Void visitRaise(Stmt.Raise s) {
    expr(s.exc());
    expr(s.cause());
    return null;
  }

  @Override
  public Void visitTry(Stmt.Try s) {
    walk(s.body());
    for (ExceptHandler h : s.handlers()) {
      expr(h.type());
      walk(h.body());
    }
    walk(s.orElse());
    walk(s.finalBody());
    return null;
  }

  @Override
  public Void visitAssert(Stmt.Assert s) {
    expr(s.test());
    expr(s.msg());
    return null;
  }

  @Override
  public Void visitImport(Stmt.Import s) {
    return null;
  }

  @Override
  public Void visitImportFrom(Stmt.ImportFrom s) {
    return null;
  }

  @Override
  public Void visitGlobal(Stmt.Global s) {
    return null;
  }

  @Override
  public Void visitNonlocal(Stmt.Nonlocal s) {
    return null;
  }

  @Override
  public Void visitExprStmt(Stmt.ExprStmt s) {
    expr(s.value());
    return null;
  }

  @Override
  public Void visitPass(Stmt.Pass s) {
    return null;
  }

  @Override
  public Void visitBreak(Stmt.Break s) {
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    return null;
  }

  // ---- patterns

  @Override
  public Void visitMatchValue(Pattern.MatchValue p) {
    expr(p.value());
    return null;
  }

  @Override
  public Void visitMatchSingleton(Pattern.MatchSingleton p) {
    return null;
  }

  @Override
  public Void visitMatchSequence(Pattern.MatchSequence p) {
    for (Pattern q : p.patterns()) {
      pattern(q);
    }
    return null;
  }

  @Override
  public Void visitMatchMapping(Pattern.MatchMapping p) {
    exprs(p.keys());
    for (Pattern q : p.patterns()) {
      pattern(q);
    }
    return null;
  }

  @Override
  public Void visitMatchClass(Pattern.MatchClass p) {
    expr(p.cls());
    for (Pattern q : p.patterns()) {
      pattern(q);
    }
    for (Pattern q : p.kwdPatterns()) {
      pattern(q);
    }
    return null;
  }

  @Override
  public Void visitMatchStar(Pattern.MatchStar p) {
    return null;
  }

  @Override
  public Void visitMatchAs(Pattern.MatchAs p) {
    pattern(p.pattern());
    return null;
  }

  @Override
  public Void visitMatchOr(Pattern.MatchOr p) {
    for (Pattern q : p.patterns()) {
      pattern(q);
    }
    return null;
  }
}
