package corosim.lang;

import corosim.lang.Node.Alias;
import corosim.lang.Node.Arguments;
import corosim.lang.Node.ExceptHandler;
import corosim.lang.Node.Keyword;
import corosim.lang.Node.MatchCase;
import corosim.lang.Node.WithItem;
import java.util.List;

/**
 * Statement nodes, one record per Python 3.11 statement form (shapes follow CPython's
 * {@code ast} module). Lists are never null; optional children are null.
 */
public sealed interface Stmt {
  SourceSpan span();

  <R> R accept(Visitor<R> v);

  /** Walks statements; adding a node breaks every pass until it handles the node. */
  interface Visitor<R> {
    R visitFunctionDef(FunctionDef s);
    R visitClassDef(ClassDef s);
    R visitReturn(Return s);
    R visitDelete(Delete s);
    R visitAssign(Assign s);
    R visitAugAssign(AugAssign s);
    R visitAnnAssign(AnnAssign s);
    R visitFor(For s);
    R visitWhile(While s);
    R visitIf(If s);
    R visitWith(With s);
    R visitMatch(Match s);
    R visitRaise(Raise s);
    R visitTry(Try s);
    R visitAssert(Assert s);
    R visitImport(Import s);
    R visitImportFrom(ImportFrom s);
    R visitGlobal(Global s);
    R visitNonlocal(Nonlocal s);
    R visitExprStmt(ExprStmt s);
    R visitPass(Pass s);
    R visitBreak(Break s);
    R visitContinue(Continue s);
  }

  /** {@code def} or {@code async def}; span covers the {@code def} line (from decorators). */
  record FunctionDef(
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decorators,
      Expr returns,
      boolean isAsync,
      SourceSpan span)
      implements Stmt {
    public FunctionDef {
      body = List.copyOf(body);
      decorators = List.copyOf(decorators);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitFunctionDef(this);
    }
  }

  record ClassDef(
      String name,
      List<Expr> bases,
      List<Keyword> keywords,
      List<Stmt> body,
      List<Expr> decorators,
      SourceSpan span)
      implements Stmt {
    public ClassDef {
      bases = List.copyOf(bases);
      keywords = List.copyOf(keywords);
      body = List.copyOf(body);
      decorators = List.copyOf(decorators);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitClassDef(this);
    }
  }

  /** {@code return} with an optional value. */
  record Return(Expr value, SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitReturn(this);
    }
  }

  record Delete(List<Expr> targets, SourceSpan span) implements Stmt {
    public Delete {
      targets = List.copyOf(targets);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitDelete(this);
    }
  }

  /** {@code a = b = value}: one or more targets (Name, Attribute, Subscript, Tuple/List, Starred). */
  record Assign(List<Expr> targets, Expr value, SourceSpan span) implements Stmt {
    public Assign {
      targets = List.copyOf(targets);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitAssign(this);
    }
  }

  record AugAssign(Expr target, Operator.Binary op, Expr value, SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitAugAssign(this);
    }
  }

  /** {@code target: annotation = value}; value may be null. */
  record AnnAssign(Expr target, Expr annotation, Expr value, SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitAnnAssign(this);
    }
  }

  record For(
      Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync, SourceSpan span)
      implements Stmt {
    public For {
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitFor(this);
    }
  }

  record While(Expr test, List<Stmt> body, List<Stmt> orElse, SourceSpan span) implements Stmt {
    public While {
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitWhile(this);
    }
  }

  /** {@code if}; an {@code elif} chain is a nested If as the single statement of orElse. */
  record If(Expr test, List<Stmt> body, List<Stmt> orElse, SourceSpan span) implements Stmt {
    public If {
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitIf(this);
    }
  }

  record With(List<WithItem> items, List<Stmt> body, boolean isAsync, SourceSpan span)
      implements Stmt {
    public With {
      items = List.copyOf(items);
      body = List.copyOf(body);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitWith(this);
    }
  }

  record Match(Expr subject, List<MatchCase> cases, SourceSpan span) implements Stmt {
    public Match {
      cases = List.copyOf(cases);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitMatch(this);
    }
  }

  /** {@code raise [exc [from cause]]}; both may be null. */
  record Raise(Expr exc, Expr cause, SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitRaise(this);
    }
  }

  /** {@code try}; {@code isStar} marks {@code except*} handlers. */
  record Try(
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orElse,
      List<Stmt> finalBody,
      boolean isStar,
      SourceSpan span)
      implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orElse = List.copyOf(orElse);
      finalBody = List.copyOf(finalBody);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitTry(this);
    }
  }

  record Assert(Expr test, Expr msg, SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitAssert(this);
    }
  }

  record Import(List<Alias> names, SourceSpan span) implements Stmt {
    public Import {
      names = List.copyOf(names);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitImport(this);
    }
  }

  /** {@code from module import names}; module may be null for {@code from . import x}. */
  record ImportFrom(String module, List<Alias> names, int level, SourceSpan span) implements Stmt {
    public ImportFrom {
      names = List.copyOf(names);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitImportFrom(this);
    }
  }

  record Global(List<String> names, SourceSpan span) implements Stmt {
    public Global {
      names = List.copyOf(names);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitGlobal(this);
    }
  }

  record Nonlocal(List<String> names, SourceSpan span) implements Stmt {
    public Nonlocal {
      names = List.copyOf(names);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitNonlocal(this);
    }
  }

  record ExprStmt(Expr value, SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitExprStmt(this);
    }
  }

  record Pass(SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitPass(this);
    }
  }

  record Break(SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitBreak(this);
    }
  }

  record Continue(SourceSpan span) implements Stmt {
    public <R> R accept(Visitor<R> v) {
      return v.visitContinue(this);
    }
  }
}
