package corosim.lang;

/**
 * Checks that an expression parsed where a target may stand (left of {@code =}, after
 * {@code for}, {@code as}, {@code del}) is one, with CPython's messages: "cannot assign to
 * function call", "cannot delete literal".
 */
final class Targets {
  private Targets() {}

  /** Name, attribute or subscript: the targets of augmented and annotated assignment. */
  static boolean isSingle(Expr e) {
    return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
  }

  /** Validates an assignment target: names, attributes, subscripts, and tuples/lists of them. */
  static void checkStore(Expr e, TokenCursor c, String... hints) {
    if (isSingle(e)) {
      return;
    }
    if (e instanceof Expr.Starred s) {
      checkStore(s.value(), c, hints);
    } else if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(x -> checkStore(x, c, hints));
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(x -> checkStore(x, c, hints));
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      throw c.error(e.span(), "assignment to yield expression not possible");
    } else {
      throw c.error(e.span(), "cannot assign to " + describe(e), hints);
    }
  }

  static void checkDelete(Expr e, TokenCursor c) {
    if (isSingle(e)) {
      return;
    }
    if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(x -> checkDelete(x, c));
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(x -> checkDelete(x, c));
    } else {
      throw c.error(e.span(), "cannot delete " + describe(e),
          "del removes names, attributes and items such as x, obj.attr, d[key]");
    }
  }

  /** What CPython calls an expression in messages (_PyPegen_get_expr_name). */
  static String describe(Expr e) {
    return e.accept(NAMES);
  }

  private static final Expr.Visitor<String> NAMES = new Expr.Visitor<>() {
    public String visitName(Expr.Name e) {
      return "name";
    }

    public String visitConstant(Expr.Constant e) {
      Object v = e.value();
      if (v instanceof Boolean b) {
        return b ? "True" : "False";
      }
      if (v == Expr.Singleton.NONE) {
        return "None";
      }
      return v == Expr.Singleton.ELLIPSIS ? "ellipsis" : "literal";
    }

    public String visitJoinedStr(Expr.JoinedStr e) {
      return "f-string expression";
    }

    public String visitFormattedValue(Expr.FormattedValue e) {
      return "f-string expression";
    }

    public String visitBinOp(Expr.BinOp e) {
      return "expression";
    }

    public String visitUnaryOp(Expr.UnaryOp e) {
      return "expression";
    }

    public String visitBoolOp(Expr.BoolOp e) {
      return "expression";
    }

    public String visitCompare(Expr.Compare e) {
      return "comparison";
    }

    public String visitIfExp(Expr.IfExp e) {
      return "conditional expression";
    }

    public String visitCall(Expr.Call e) {
      return "function call";
    }

    public String visitAttribute(Expr.Attribute e) {
      return "attribute";
    }

    public String visitSubscript(Expr.Subscript e) {
      return "subscript";
    }

    public String visitSlice(Expr.Slice e) {
      return "slice";
    }

    public String visitStarred(Expr.Starred e) {
      return "starred";
    }

    public String visitListExpr(Expr.ListExpr e) {
      return "list";
    }

    public String visitTupleExpr(Expr.TupleExpr e) {
      return "tuple";
    }

    public String visitSetExpr(Expr.SetExpr e) {
      return "set display";
    }

    public String visitDictExpr(Expr.DictExpr e) {
      return "dict literal";
    }

    public String visitListComp(Expr.ListComp e) {
      return "list comprehension";
    }

    public String visitSetComp(Expr.SetComp e) {
      return "set comprehension";
    }

    public String visitDictComp(Expr.DictComp e) {
      return "dict comprehension";
    }

    public String visitGeneratorExp(Expr.GeneratorExp e) {
      return "generator expression";
    }

    public String visitLambda(Expr.Lambda e) {
      return "lambda";
    }

    public String visitAwait(Expr.Await e) {
      return "await expression";
    }

    public String visitYield(Expr.Yield e) {
      return "yield expression";
    }

    public String visitYieldFrom(Expr.YieldFrom e) {
      return "yield expression";
    }

    public String visitNamedExpr(Expr.NamedExpr e) {
      return "named expression";
    }
  };
}
