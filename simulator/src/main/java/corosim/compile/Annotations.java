package corosim.compile;

import corosim.lang.Expr;
import corosim.lang.Stmt;
import java.math.BigInteger;
import java.util.List;

/**
 * Variable annotations in module and class bodies ({@code name: int = 0}): CPython collects
 * them in {@code __annotations__}, which dataclasses and typing read. Annotations are evaluated
 * unless {@code from __future__ import annotations} is in effect, in which case their source
 * text is stored instead (as CPython's compiler unparses it).
 */
final class Annotations {
  private Annotations() {}

  /** find_ann: whether a body has annotations (not looking into nested defs and classes). */
  static boolean present(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.AnnAssign) {
        return true;
      }
      if (s instanceof Stmt.If i && (present(i.body()) || present(i.orElse()))
          || s instanceof Stmt.For f && (present(f.body()) || present(f.orElse()))
          || s instanceof Stmt.While w && (present(w.body()) || present(w.orElse()))
          || s instanceof Stmt.With w2 && present(w2.body())
          || s instanceof Stmt.Try t && (present(t.body()) || present(t.orElse())
              || present(t.finalBody())
              || t.handlers().stream().anyMatch(h -> present(h.body())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the module starts with {@code from __future__ import annotations}. */
  static boolean postponed(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())
          && f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
        return true;
      }
    }
    return false;
  }

  /** The source text of an annotation, as {@code ast.unparse} writes it. */
  static String unparse(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    }
    if (e instanceof Expr.Attribute a) {
      return unparse(a.value()) + "." + a.attr();
    }
    if (e instanceof Expr.Subscript s) {
      String inner = s.slice() instanceof Expr.TupleExpr t && !t.elts().isEmpty()
          ? join(t.elts()) : unparse(s.slice());
      return unparse(s.value()) + "[" + inner + "]";
    }
    if (e instanceof Expr.TupleExpr t) {
      return t.elts().size() == 1 ? "(" + unparse(t.elts().get(0)) + ",)" : "(" + join(t.elts()) + ")";
    }
    if (e instanceof Expr.ListExpr l) {
      return "[" + join(l.elts()) + "]";
    }
    if (e instanceof Expr.BinOp b) {
      return unparse(b.left()) + " " + b.op().symbol() + " " + unparse(b.right());
    }
    if (e instanceof Expr.Constant k) {
      Object v = k.value();
      if (v instanceof String s) {
        boolean single = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
        String q = single ? "\"" : "'";
        return q + s.replace("\\", "\\\\").replace(q, "\\" + q) + q;
      }
      if (v == Expr.Singleton.NONE) {
        return "None";
      }
      if (v == Expr.Singleton.ELLIPSIS) {
        return "...";
      }
      if (v instanceof Boolean bool) {
        return bool ? "True" : "False";
      }
      if (v instanceof BigInteger || v instanceof Double) {
        return v.toString();
      }
    }
    return "...";
  }

  private static String join(List<Expr> elts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < elts.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(unparse(elts.get(i)));
    }
    return sb.toString();
  }
}
