package corosim.compile;

import corosim.lang.Expr;
import corosim.lang.Node;
import corosim.lang.Operator;
import corosim.lang.Stmt;
import java.math.BigInteger;
import java.util.List;

/**
 * The text an annotation is stored as in {@code __annotations__}. corosim compiles every module
 * as if it began with {@code from __future__ import annotations} (PEP 563): annotations are
 * never evaluated, and a class's or module's {@code __annotations__} maps each annotated name to
 * the annotation's source, unparsed as CPython's {@code ast.unparse} spells it
 * ({@code 'dict[str, int]'}, {@code 'int | None'}, {@code "'Node'"}). dataclasses and
 * {@code typing.NamedTuple} read field names and ClassVar/InitVar markers from it.
 */
final class AnnotationText implements Expr.Visitor<String> {
  private static final AnnotationText INSTANCE = new AnnotationText();

  private AnnotationText() {}

  static String of(Expr e) {
    return e.accept(INSTANCE);
  }

  /**
   * Whether a module or class body stores an annotation (a simple name annotated at its own
   * level or inside its compound statements, not in nested functions or classes): then the
   * body starts by creating {@code __annotations__}, as CPython's SETUP_ANNOTATIONS.
   */
  static boolean stored(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name) {
        return true;
      }
      boolean nested = s instanceof Stmt.If i ? stored(i.body()) || stored(i.orElse())
          : s instanceof Stmt.For f ? stored(f.body()) || stored(f.orElse())
          : s instanceof Stmt.While w ? stored(w.body()) || stored(w.orElse())
          : s instanceof Stmt.With w ? stored(w.body())
          : s instanceof Stmt.Try t ? stored(t.body()) || stored(t.orElse())
              || stored(t.finalBody()) || t.handlers().stream().anyMatch(h -> stored(h.body()))
          : s instanceof Stmt.Match m && m.cases().stream().anyMatch(c -> stored(c.body()));
      if (nested) {
        return true;
      }
    }
    return false;
  }

  private String all(List<Expr> items) {
    StringBuilder sb = new StringBuilder();
    for (Expr e : items) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.accept(this));
    }
    return sb.toString();
  }

  /** An operand of a binary or unary operator, parenthesised unless it is atomic. */
  private String operand(Expr e) {
    String s = e.accept(this);
    boolean atomic = e instanceof Expr.Name || e instanceof Expr.Constant
        || e instanceof Expr.Attribute || e instanceof Expr.Subscript || e instanceof Expr.Call
        || e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr || e instanceof Expr.DictExpr
        || e instanceof Expr.SetExpr;
    return atomic ? s : "(" + s + ")";
  }

  @Override
  public String visitName(Expr.Name e) {
    return e.id();
  }

  @Override
  public String visitConstant(Expr.Constant e) {
    Object v = e.value();
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Expr.Singleton s) {
      return s == Expr.Singleton.NONE ? "None" : "...";
    }
    if (v instanceof BigInteger || v instanceof Double) {
      return v.toString();
    }
    return "...";
  }

  /** Python's repr of a str: single quotes unless the text has ' and no ". */
  static String quote(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == q || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(c);
      }
    }
    return sb.append(q).toString();
  }

  @Override
  public String visitJoinedStr(Expr.JoinedStr e) {
    return "f''";
  }

  @Override
  public String visitFormattedValue(Expr.FormattedValue e) {
    return e.value().accept(this);
  }

  @Override
  public String visitBinOp(Expr.BinOp e) {
    return operand(e.left()) + " " + e.op().symbol() + " " + operand(e.right());
  }

  @Override
  public String visitUnaryOp(Expr.UnaryOp e) {
    return e.op() == Operator.Unary.NOT ? "not " + operand(e.operand())
        : e.op().symbol() + operand(e.operand());
  }

  @Override
  public String visitBoolOp(Expr.BoolOp e) {
    String sep = e.op() == Operator.Bool.AND ? " and " : " or ";
    StringBuilder sb = new StringBuilder();
    for (Expr v : e.values()) {
      sb.append(sb.length() == 0 ? "" : sep).append(operand(v));
    }
    return sb.toString();
  }

  @Override
  public String visitCompare(Expr.Compare e) {
    StringBuilder sb = new StringBuilder(operand(e.left()));
    for (int i = 0; i < e.ops().size(); i++) {
      sb.append(' ').append(e.ops().get(i).symbol()).append(' ')
          .append(operand(e.comparators().get(i)));
    }
    return sb.toString();
  }

  @Override
  public String visitIfExp(Expr.IfExp e) {
    return operand(e.body()) + " if " + operand(e.test()) + " else " + operand(e.orElse());
  }

  @Override
  public String visitCall(Expr.Call e) {
    StringBuilder sb = new StringBuilder(e.func().accept(this)).append('(').append(all(e.args()));
    boolean first = e.args().isEmpty();
    for (Node.Keyword k : e.keywords()) {
      sb.append(first ? "" : ", ").append(k.name() == null ? "**" : k.name() + "=")
          .append(k.value().accept(this));
      first = false;
    }
    return sb.append(')').toString();
  }

  @Override
  public String visitAttribute(Expr.Attribute e) {
    return operand(e.value()) + "." + e.attr();
  }

  @Override
  public String visitSubscript(Expr.Subscript e) {
    String index = e.slice() instanceof Expr.TupleExpr t && !t.elts().isEmpty()
        ? all(t.elts()) : e.slice().accept(this);
    return operand(e.value()) + "[" + index + "]";
  }

  @Override
  public String visitSlice(Expr.Slice e) {
    String s = (e.lower() == null ? "" : e.lower().accept(this)) + ":"
        + (e.upper() == null ? "" : e.upper().accept(this));
    return e.step() == null ? s : s + ":" + e.step().accept(this);
  }

  @Override
  public String visitStarred(Expr.Starred e) {
    return "*" + operand(e.value());
  }

  @Override
  public String visitListExpr(Expr.ListExpr e) {
    return "[" + all(e.elts()) + "]";
  }

  @Override
  public String visitTupleExpr(Expr.TupleExpr e) {
    return e.elts().size() == 1 ? "(" + all(e.elts()) + ",)" : "(" + all(e.elts()) + ")";
  }

  @Override
  public String visitSetExpr(Expr.SetExpr e) {
    return "{" + all(e.elts()) + "}";
  }

  @Override
  public String visitDictExpr(Expr.DictExpr e) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < e.keys().size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      Expr k = e.keys().get(i);
      sb.append(k == null ? "**" : k.accept(this) + ": ").append(e.values().get(i).accept(this));
    }
    return sb.append('}').toString();
  }

  @Override
  public String visitListComp(Expr.ListComp e) {
    return "[...]";
  }

  @Override
  public String visitSetComp(Expr.SetComp e) {
    return "{...}";
  }

  @Override
  public String visitDictComp(Expr.DictComp e) {
    return "{...}";
  }

  @Override
  public String visitGeneratorExp(Expr.GeneratorExp e) {
    return "(...)";
  }

  @Override
  public String visitLambda(Expr.Lambda e) {
    return "lambda: " + e.body().accept(this);
  }

  @Override
  public String visitAwait(Expr.Await e) {
    return "await " + operand(e.value());
  }

  @Override
  public String visitYield(Expr.Yield e) {
    return e.value() == null ? "(yield)" : "(yield " + e.value().accept(this) + ")";
  }

  @Override
  public String visitYieldFrom(Expr.YieldFrom e) {
    return "(yield from " + e.value().accept(this) + ")";
  }

  @Override
  public String visitNamedExpr(Expr.NamedExpr e) {
    return "(" + e.target().id() + " := " + e.value().accept(this) + ")";
  }
}
