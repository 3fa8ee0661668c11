package corosim.lang;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prints our syntax tree in the format of CPython's {@code ast.dump(tree)} (optionally with
 * {@code include_attributes=True}), so the two can be compared as strings. Where our tree differs
 * from CPython's on purpose the printer recreates CPython's form: ctx from the position of an
 * expression, AsyncFunctionDef/AsyncFor/AsyncWith/TryStar from flags, AnnAssign.simple from
 * the target's span, UTF-8 byte columns from code-point columns.
 */
final class AstDump implements Expr.Visitor<String>, Stmt.Visitor<String>, Pattern.Visitor<String> {
  private final Source source;
  private String ctx = "Load";

  private AstDump(Source source) {
    this.source = source;
  }

  static String dump(Node.Module module) {
    return new AstDump(null).module(module);
  }

  /** As ast.dump(tree, include_attributes=True); columns become UTF-8 offsets in {@code source}. */
  static String dumpWithPositions(Node.Module module, Source source) {
    return new AstDump(source).module(module);
  }

  private String module(Node.Module m) {
    return "Module(body=" + stmts(m.body()) + ", type_ignores=[])";
  }

  // ---- helpers -------------------------------------------------------------------------------

  private String node(String name, SourceSpan span, String... fields) {
    List<String> parts = new ArrayList<>();
    for (String f : fields) {
      if (f != null) {
        parts.add(f);
      }
    }
    if (source != null && span != null) {
      parts.add("lineno=" + span.line() + ", col_offset=" + byteCol(span.line(), span.col())
          + ", end_lineno=" + span.endLine() + ", end_col_offset="
          + byteCol(span.endLine(), span.endCol()));
    }
    return name + "(" + String.join(", ", parts) + ")";
  }

  private int byteCol(int line, int col) {
    String text = source.line(line);
    int chars = text.offsetByCodePoints(0, Math.min(col - 1, text.codePointCount(0, text.length())));
    return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length + Math.max(0,
        col - 1 - text.codePointCount(0, text.length()));
  }

  private static String field(String name, String value) {
    return value == null ? null : name + "=" + value;
  }

  private static String quote(String s) {
    return s == null ? null : PyRepr.string(s);
  }

  private <T> String list(List<T> items, Function<T, String> f) {
    List<String> out = new ArrayList<>();
    for (T item : items) {
      out.add(item == null ? "None" : f.apply(item));
    }
    return "[" + String.join(", ", out) + "]";
  }

  private String stmts(List<Stmt> body) {
    return list(body, s -> s.accept(this));
  }

  private String exprs(List<Expr> items) {
    return list(items, this::load);
  }

  private String load(Expr e) {
    return e == null ? null : in("Load", e);
  }

  private String store(Expr e) {
    return e == null ? null : in("Store", e);
  }

  private String in(String context, Expr e) {
    String saved = ctx;
    ctx = context;
    try {
      return e.accept(this);
    } finally {
      ctx = saved;
    }
  }

  private String ctx() {
    return "ctx=" + ctx + "()";
  }

  private String arguments(Node.Arguments a) {
    return node("arguments", null, "posonlyargs=" + list(a.posOnly(), this::arg),
        "args=" + list(a.args(), this::arg), field("vararg", a.vararg() == null ? null
            : arg(a.vararg())), "kwonlyargs=" + list(a.kwOnly(), this::arg),
        "kw_defaults=" + exprs(a.kwDefaults()), field("kwarg", a.kwarg() == null ? null
            : arg(a.kwarg())), "defaults=" + exprs(a.defaults()));
  }

  private String arg(Node.Arg a) {
    return node("arg", a.span(), "arg=" + quote(a.name()), field("annotation", load(a.annotation())));
  }

  private String keyword(Node.Keyword k) {
    return node("keyword", k.span(), field("arg", quote(k.name())), "value=" + load(k.value()));
  }

  private String comprehension(Node.Comprehension g) {
    return node("comprehension", null, "target=" + store(g.target()), "iter=" + load(g.iter()),
        "ifs=" + exprs(g.ifs()), "is_async=" + (g.isAsync() ? 1 : 0));
  }

  private String generators(List<Node.Comprehension> gens) {
    return "generators=" + list(gens, this::comprehension);
  }

  private String alias(Node.Alias a) {
    return node("alias", a.span(), "name=" + quote(a.name()), field("asname", quote(a.asName())));
  }

  // ---- statements ----------------------------------------------------------------------------

  public String visitFunctionDef(Stmt.FunctionDef s) {
    return node(s.isAsync() ? "AsyncFunctionDef" : "FunctionDef", s.span(),
        "name=" + quote(s.name()), "args=" + arguments(s.args()), "body=" + stmts(s.body()),
        "decorator_list=" + exprs(s.decorators()), field("returns", load(s.returns())));
  }

  public String visitClassDef(Stmt.ClassDef s) {
    return node("ClassDef", s.span(), "name=" + quote(s.name()), "bases=" + exprs(s.bases()),
        "keywords=" + list(s.keywords(), this::keyword), "body=" + stmts(s.body()),
        "decorator_list=" + exprs(s.decorators()));
  }

  public String visitReturn(Stmt.Return s) {
    return node("Return", s.span(), field("value", load(s.value())));
  }

  public String visitDelete(Stmt.Delete s) {
    return node("Delete", s.span(), "targets=" + list(s.targets(), t -> in("Del", t)));
  }

  public String visitAssign(Stmt.Assign s) {
    return node("Assign", s.span(), "targets=" + list(s.targets(), this::store),
        "value=" + load(s.value()));
  }

  public String visitAugAssign(Stmt.AugAssign s) {
    return node("AugAssign", s.span(), "target=" + store(s.target()), "op=" + PyRepr.binary(s.op()),
        "value=" + load(s.value()));
  }

  public String visitAnnAssign(Stmt.AnnAssign s) {
    SourceSpan t = s.target().span();
    boolean simple = s.target() instanceof Expr.Name && t.line() == s.span().line()
        && t.col() == s.span().col();
    return node("AnnAssign", s.span(), "target=" + store(s.target()),
        "annotation=" + load(s.annotation()), field("value", load(s.value())),
        "simple=" + (simple ? 1 : 0));
  }

  public String visitFor(Stmt.For s) {
    return node(s.isAsync() ? "AsyncFor" : "For", s.span(), "target=" + store(s.target()),
        "iter=" + load(s.iter()), "body=" + stmts(s.body()), "orelse=" + stmts(s.orElse()));
  }

  public String visitWhile(Stmt.While s) {
    return node("While", s.span(), "test=" + load(s.test()), "body=" + stmts(s.body()),
        "orelse=" + stmts(s.orElse()));
  }

  public String visitIf(Stmt.If s) {
    return node("If", s.span(), "test=" + load(s.test()), "body=" + stmts(s.body()),
        "orelse=" + stmts(s.orElse()));
  }

  public String visitWith(Stmt.With s) {
    return node(s.isAsync() ? "AsyncWith" : "With", s.span(), "items=" + list(s.items(),
        i -> node("withitem", null, "context_expr=" + load(i.context()),
            field("optional_vars", store(i.vars())))), "body=" + stmts(s.body()));
  }

  public String visitMatch(Stmt.Match s) {
    return node("Match", s.span(), "subject=" + load(s.subject()), "cases=" + list(s.cases(),
        c -> node("match_case", null, "pattern=" + c.pattern().accept(this),
            field("guard", load(c.guard())), "body=" + stmts(c.body()))));
  }

  public String visitRaise(Stmt.Raise s) {
    return node("Raise", s.span(), field("exc", load(s.exc())), field("cause", load(s.cause())));
  }

  public String visitTry(Stmt.Try s) {
    return node(s.isStar() ? "TryStar" : "Try", s.span(), "body=" + stmts(s.body()),
        "handlers=" + list(s.handlers(), h -> node("ExceptHandler", h.span(),
            field("type", load(h.type())), field("name", quote(h.name())),
            "body=" + stmts(h.body()))),
        "orelse=" + stmts(s.orElse()), "finalbody=" + stmts(s.finalBody()));
  }

  public String visitAssert(Stmt.Assert s) {
    return node("Assert", s.span(), "test=" + load(s.test()), field("msg", load(s.msg())));
  }

  public String visitImport(Stmt.Import s) {
    return node("Import", s.span(), "names=" + list(s.names(), this::alias));
  }

  public String visitImportFrom(Stmt.ImportFrom s) {
    return node("ImportFrom", s.span(), field("module", quote(s.module())),
        "names=" + list(s.names(), this::alias), "level=" + s.level());
  }

  public String visitGlobal(Stmt.Global s) {
    return node("Global", s.span(), "names=" + list(s.names(), PyRepr::string));
  }

  public String visitNonlocal(Stmt.Nonlocal s) {
    return node("Nonlocal", s.span(), "names=" + list(s.names(), PyRepr::string));
  }

  public String visitExprStmt(Stmt.ExprStmt s) {
    return node("Expr", s.span(), "value=" + load(s.value()));
  }

  public String visitPass(Stmt.Pass s) {
    return node("Pass", s.span());
  }

  public String visitBreak(Stmt.Break s) {
    return node("Break", s.span());
  }

  public String visitContinue(Stmt.Continue s) {
    return node("Continue", s.span());
  }

  // ---- expressions ---------------------------------------------------------------------------

  public String visitName(Expr.Name e) {
    return node("Name", e.span(), "id=" + quote(e.id()), ctx());
  }

  public String visitConstant(Expr.Constant e) {
    return node("Constant", e.span(), "value=" + PyRepr.of(e.value()));
  }

  public String visitJoinedStr(Expr.JoinedStr e) {
    return node("JoinedStr", e.span(), "values=" + exprs(e.values()));
  }

  public String visitFormattedValue(Expr.FormattedValue e) {
    return node("FormattedValue", e.span(), "value=" + load(e.value()),
        "conversion=" + e.conversion(), field("format_spec", load(e.formatSpec())));
  }

  public String visitBinOp(Expr.BinOp e) {
    return node("BinOp", e.span(), "left=" + load(e.left()), "op=" + PyRepr.binary(e.op()),
        "right=" + load(e.right()));
  }

  public String visitUnaryOp(Expr.UnaryOp e) {
    String op = PyRepr.unary(e.op());
    return node("UnaryOp", e.span(), "op=" + op, "operand=" + load(e.operand()));
  }

  public String visitBoolOp(Expr.BoolOp e) {
    return node("BoolOp", e.span(), "op=" + (e.op() == Operator.Bool.AND ? "And()" : "Or()"),
        "values=" + exprs(e.values()));
  }

  public String visitCompare(Expr.Compare e) {
    return node("Compare", e.span(), "left=" + load(e.left()),
        "ops=" + list(e.ops(), PyRepr::compare), "comparators=" + exprs(e.comparators()));
  }

  public String visitIfExp(Expr.IfExp e) {
    return node("IfExp", e.span(), "test=" + load(e.test()), "body=" + load(e.body()),
        "orelse=" + load(e.orElse()));
  }

  public String visitCall(Expr.Call e) {
    return node("Call", e.span(), "func=" + load(e.func()), "args=" + exprs(e.args()),
        "keywords=" + list(e.keywords(), this::keyword));
  }

  public String visitAttribute(Expr.Attribute e) {
    String context = ctx();
    return node("Attribute", e.span(), "value=" + load(e.value()), "attr=" + quote(e.attr()),
        context);
  }

  public String visitSubscript(Expr.Subscript e) {
    String context = ctx();
    return node("Subscript", e.span(), "value=" + load(e.value()), "slice=" + load(e.slice()),
        context);
  }

  public String visitSlice(Expr.Slice e) {
    return node("Slice", e.span(), field("lower", load(e.lower())),
        field("upper", load(e.upper())), field("step", load(e.step())));
  }

  public String visitStarred(Expr.Starred e) {
    String context = ctx();
    return node("Starred", e.span(), "value=" + in(ctx, e.value()), context);
  }

  public String visitListExpr(Expr.ListExpr e) {
    String context = ctx();
    return node("List", e.span(), "elts=" + list(e.elts(), x -> in(ctx, x)), context);
  }

  public String visitTupleExpr(Expr.TupleExpr e) {
    String context = ctx();
    return node("Tuple", e.span(), "elts=" + list(e.elts(), x -> in(ctx, x)), context);
  }

  public String visitSetExpr(Expr.SetExpr e) {
    return node("Set", e.span(), "elts=" + exprs(e.elts()));
  }

  public String visitDictExpr(Expr.DictExpr e) {
    return node("Dict", e.span(), "keys=" + exprs(e.keys()), "values=" + exprs(e.values()));
  }

  public String visitListComp(Expr.ListComp e) {
    return node("ListComp", e.span(), "elt=" + load(e.elt()), generators(e.generators()));
  }

  public String visitSetComp(Expr.SetComp e) {
    return node("SetComp", e.span(), "elt=" + load(e.elt()), generators(e.generators()));
  }

  public String visitDictComp(Expr.DictComp e) {
    return node("DictComp", e.span(), "key=" + load(e.key()), "value=" + load(e.value()),
        generators(e.generators()));
  }

  public String visitGeneratorExp(Expr.GeneratorExp e) {
    return node("GeneratorExp", e.span(), "elt=" + load(e.elt()), generators(e.generators()));
  }

  public String visitLambda(Expr.Lambda e) {
    return node("Lambda", e.span(), "args=" + arguments(e.args()), "body=" + load(e.body()));
  }

  public String visitAwait(Expr.Await e) {
    return node("Await", e.span(), "value=" + load(e.value()));
  }

  public String visitYield(Expr.Yield e) {
    return node("Yield", e.span(), field("value", load(e.value())));
  }

  public String visitYieldFrom(Expr.YieldFrom e) {
    return node("YieldFrom", e.span(), "value=" + load(e.value()));
  }

  public String visitNamedExpr(Expr.NamedExpr e) {
    return node("NamedExpr", e.span(), "target=" + store(e.target()), "value=" + load(e.value()));
  }

  // ---- patterns ------------------------------------------------------------------------------

  private String patterns(List<Pattern> items) {
    return list(items, x -> x.accept(this));
  }

  public String visitMatchValue(Pattern.MatchValue p) {
    return node("MatchValue", p.span(), "value=" + load(p.value()));
  }

  public String visitMatchSingleton(Pattern.MatchSingleton p) {
    return node("MatchSingleton", p.span(), "value=" + PyRepr.of(p.value().value()));
  }

  public String visitMatchSequence(Pattern.MatchSequence p) {
    return node("MatchSequence", p.span(), "patterns=" + patterns(p.patterns()));
  }

  public String visitMatchMapping(Pattern.MatchMapping p) {
    return node("MatchMapping", p.span(), "keys=" + exprs(p.keys()),
        "patterns=" + patterns(p.patterns()), field("rest", quote(p.rest())));
  }

  public String visitMatchClass(Pattern.MatchClass p) {
    return node("MatchClass", p.span(), "cls=" + load(p.cls()),
        "patterns=" + patterns(p.patterns()), "kwd_attrs=" + list(p.kwdAttrs(), PyRepr::string),
        "kwd_patterns=" + patterns(p.kwdPatterns()));
  }

  public String visitMatchStar(Pattern.MatchStar p) {
    return node("MatchStar", p.span(), field("name", quote(p.name())));
  }

  public String visitMatchAs(Pattern.MatchAs p) {
    return node("MatchAs", p.span(), field("pattern", p.pattern() == null ? null
        : p.pattern().accept(this)), field("name", quote(p.name())));
  }

  public String visitMatchOr(Pattern.MatchOr p) {
    return node("MatchOr", p.span(), "patterns=" + patterns(p.patterns()));
  }
}
