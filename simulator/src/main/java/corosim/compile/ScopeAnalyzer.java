package corosim.compile;

import corosim.compile.Scope.Binding;
import corosim.compile.Scope.Kind;
import corosim.lang.Diagnostic;
import corosim.lang.Expr;
import corosim.lang.Node.Alias;
import corosim.lang.Node.Arg;
import corosim.lang.Node.Arguments;
import corosim.lang.Node.Comprehension;
import corosim.lang.Node.ExceptHandler;
import corosim.lang.Node.WithItem;
import corosim.lang.Pattern;
import corosim.lang.SourceSpan;
import corosim.lang.Stmt;
import corosim.lang.TreeWalker;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol table pass: collects what each scope binds, uses and declares, then resolves every
 * name to a {@link Binding} the way CPython's symtable does — locals, cells captured by inner
 * functions, free variables, explicit and implicit globals, class-body names.
 */
final class ScopeAnalyzer extends TreeWalker {
  private final Map<Object, Scope> scopes = new IdentityHashMap<>();
  private final List<Diagnostic> diagnostics;
  private Scope current;

  private ScopeAnalyzer(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Analyzes a module body; returns the scope of every function, class and comprehension node. */
  static Map<Object, Scope> analyze(List<Stmt> body, Object moduleKey, List<Diagnostic> out) {
    ScopeAnalyzer a = new ScopeAnalyzer(out);
    Scope module = new Scope(Kind.MODULE, "<module>", null, moduleKey);
    module.qualname = "";
    a.scopes.put(moduleKey, module);
    a.current = module;
    a.walk(body);
    a.resolve(module);
    return a.scopes;
  }

  // ---- collection

  private void bind(String name, SourceSpan span) {
    if (current.globals.contains(name) || current.nonlocals.contains(name)) {
      current.assigned.add(name);
      return;
    }
    current.assigned.add(name);
  }

  private void use(String name) {
    current.used.add(name);
  }

  /** Marks the names an assignment target binds; walks what the target evaluates. */
  private void target(Expr t) {
    if (t instanceof Expr.Name n) {
      bind(n.id(), n.span());
    } else if (t instanceof Expr.TupleExpr tu) {
      tu.elts().forEach(this::target);
    } else if (t instanceof Expr.ListExpr l) {
      l.elts().forEach(this::target);
    } else if (t instanceof Expr.Starred s) {
      target(s.value());
    } else {
      expr(t);
    }
  }

  private Scope enter(Kind kind, String name, Object node) {
    Scope s = new Scope(kind, name, current, node);
    Scope p = current;
    String prefix =
        p.kind == Kind.MODULE
            ? ""
            : p.isFunctionLike() ? p.qualname + ".<locals>." : p.qualname + ".";
    s.qualname = prefix + name;
    scopes.put(node, s);
    current = s;
    return s;
  }

  private void parameters(Arguments a) {
    for (Arg p : a.posOnly()) {
      current.params.add(p.name());
    }
    for (Arg p : a.args()) {
      current.params.add(p.name());
    }
    for (Arg p : a.kwOnly()) {
      current.params.add(p.name());
    }
    if (a.vararg() != null) {
      current.params.add(a.vararg().name());
    }
    if (a.kwarg() != null) {
      current.params.add(a.kwarg().name());
    }
    current.assigned.addAll(current.params);
  }

  @Override
  public Void visitName(Expr.Name e) {
    use(e.id());
    if (e.id().equals("super") && current.kind == Kind.FUNCTION) {
      current.needsClassCell = true;
    }
    if (e.id().equals("__class__")) {
      current.needsClassCell = true;
    }
    return null;
  }

  @Override
  public Void visitFunctionDef(Stmt.FunctionDef s) {
    exprs(s.decorators());
    arguments(s.args());
    bind(s.name(), s.span());
    Scope saved = current;
    Scope f = enter(Kind.FUNCTION, s.name(), s);
    f.coroutine = s.isAsync();
    parameters(s.args());
    walk(s.body());
    current = saved;
    return null;
  }

  @Override
  public Void visitLambda(Expr.Lambda e) {
    arguments(e.args());
    Scope saved = current;
    enter(Kind.FUNCTION, "<lambda>", e);
    parameters(e.args());
    expr(e.body());
    current = saved;
    return null;
  }

  @Override
  public Void visitClassDef(Stmt.ClassDef s) {
    exprs(s.decorators());
    exprs(s.bases());
    keywords(s.keywords());
    bind(s.name(), s.span());
    Scope saved = current;
    enter(Kind.CLASS, s.name(), s);
    walk(s.body());
    current = saved;
    return null;
  }

  private void comprehension(Object node, String name, List<Comprehension> gens, Runnable body) {
    expr(gens.get(0).iter());
    Scope saved = current;
    Scope c = enter(Kind.COMPREHENSION, name, node);
    c.params.add(".0");
    c.assigned.add(".0");
    for (int i = 0; i < gens.size(); i++) {
      Comprehension g = gens.get(i);
      if (i > 0) {
        expr(g.iter());
      }
      target(g.target());
      exprs(g.ifs());
      if (g.isAsync()) {
        c.coroutine = true;
      }
    }
    body.run();
    if (node instanceof Expr.GeneratorExp) {
      c.generator = true;
    } else if (c.hasAwait) {
      c.coroutine = true;
    }
    current = saved;
    if (c.coroutine && !(node instanceof Expr.GeneratorExp)) {
      saved.hasAwait = true;
    }
  }

  @Override
  public Void visitListComp(Expr.ListComp e) {
    comprehension(e, "<listcomp>", e.generators(), () -> expr(e.elt()));
    return null;
  }

  @Override
  public Void visitSetComp(Expr.SetComp e) {
    comprehension(e, "<setcomp>", e.generators(), () -> expr(e.elt()));
    return null;
  }

  @Override
  public Void visitDictComp(Expr.DictComp e) {
    comprehension(e, "<dictcomp>", e.generators(), () -> {
      expr(e.key());
      expr(e.value());
    });
    return null;
  }

  @Override
  public Void visitGeneratorExp(Expr.GeneratorExp e) {
    comprehension(e, "<genexpr>", e.generators(), () -> expr(e.elt()));
    return null;
  }

  @Override
  public Void visitNamedExpr(Expr.NamedExpr e) {
    expr(e.value());
    // A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.
    Scope s = current;
    while (s.kind == Kind.COMPREHENSION) {
      s.nonlocals.add(e.target().id());
      s = s.parent;
    }
    if (s != current) {
      if (s.kind == Kind.CLASS) {
        error(e.span(), "assignment expression within a comprehension cannot be used in a class body");
      }
      if (s.kind == Kind.MODULE) {
        for (Scope c = current; c != s; c = c.parent) {
          c.nonlocals.remove(e.target().id());
          c.globals.add(e.target().id());
        }
      }
      s.assigned.add(e.target().id());
      current.assigned.add(e.target().id());
    } else {
      bind(e.target().id(), e.span());
    }
    return null;
  }

  @Override
  public Void visitAwait(Expr.Await e) {
    current.hasAwait = true;
    expr(e.value());
    return null;
  }

  @Override
  public Void visitYield(Expr.Yield e) {
    markGenerator(e.span(), "'yield' outside function");
    expr(e.value());
    return null;
  }

  @Override
  public Void visitYieldFrom(Expr.YieldFrom e) {
    markGenerator(e.span(), "'yield from' outside function");
    if (current.coroutine) {
      error(e.span(), "'yield from' inside async function");
    }
    expr(e.value());
    return null;
  }

  private void markGenerator(SourceSpan span, String outside) {
    if (current.kind == Kind.MODULE || current.kind == Kind.CLASS) {
      error(span, outside);
    } else if (current.kind == Kind.COMPREHENSION) {
      error(span, "'yield' inside " + current.name.substring(1, current.name.length() - 1)
          .replace("listcomp", "list comprehension")
          .replace("setcomp", "set comprehension")
          .replace("dictcomp", "dict comprehension")
          .replace("genexpr", "generator expression"));
    } else {
      current.generator = true;
    }
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    expr(s.value());
    s.targets().forEach(this::target);
    return null;
  }

  @Override
  public Void visitAugAssign(Stmt.AugAssign s) {
    expr(s.value());
    if (s.target() instanceof Expr.Name n) {
      use(n.id());
    }
    target(s.target());
    return null;
  }

  @Override
  public Void visitAnnAssign(Stmt.AnnAssign s) {
    expr(s.value());
    if (s.value() != null || !(s.target() instanceof Expr.Name)) {
      target(s.target());
    } else if (s.target() instanceof Expr.Name n && current.isFunctionLike()) {
      bind(n.id(), n.span());
    }
    return null;
  }

  @Override
  public Void visitFor(Stmt.For s) {
    expr(s.iter());
    target(s.target());
    walk(s.body());
    walk(s.orElse());
    return null;
  }

  @Override
  public Void visitWith(Stmt.With s) {
    for (WithItem item : s.items()) {
      expr(item.context());
      if (item.vars() != null) {
        target(item.vars());
      }
    }
    walk(s.body());
    return null;
  }

  @Override
  public Void visitDelete(Stmt.Delete s) {
    s.targets().forEach(this::target);
    return null;
  }

  @Override
  public Void visitTry(Stmt.Try s) {
    walk(s.body());
    for (ExceptHandler h : s.handlers()) {
      expr(h.type());
      if (h.name() != null) {
        bind(h.name(), h.span());
      }
      walk(h.body());
    }
    walk(s.orElse());
    walk(s.finalBody());
    return null;
  }

  @Override
  public Void visitImport(Stmt.Import s) {
    for (Alias a : s.names()) {
      String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
      bind(bound, a.span());
    }
    return null;
  }

  @Override
  public Void visitImportFrom(Stmt.ImportFrom s) {
    for (Alias a : s.names()) {
      if (a.name().equals("*")) {
        if (current.kind != Kind.MODULE) {
          error(s.span(), "import * only allowed at module level");
        }
        continue;
      }
      bind(a.asName() != null ? a.asName() : a.name(), a.span());
    }
    return null;
  }

  @Override
  public Void visitGlobal(Stmt.Global s) {
    for (String n : s.names()) {
      if (current.assigned.contains(n) && !current.globals.contains(n)) {
        error(s.span(), "name '" + n + "' is assigned to before global declaration");
      } else if (current.used.contains(n) && !current.globals.contains(n)) {
        error(s.span(), "name '" + n + "' is used prior to global declaration");
      }
      if (current.params.contains(n)) {
        error(s.span(), "name '" + n + "' is parameter and global");
      }
      current.globals.add(n);
    }
    return null;
  }

  @Override
  public Void visitNonlocal(Stmt.Nonlocal s) {
    for (String n : s.names()) {
      if (current.kind == Kind.MODULE) {
        error(s.span(), "nonlocal declaration not allowed at module level");
        continue;
      }
      if (current.assigned.contains(n) && !current.nonlocals.contains(n)) {
        error(s.span(), "name '" + n + "' is assigned to before nonlocal declaration");
      }
      if (current.params.contains(n)) {
        error(s.span(), "name '" + n + "' is parameter and nonlocal");
      }
      current.nonlocals.add(n);
    }
    return null;
  }

  @Override
  public Void visitMatchAs(Pattern.MatchAs p) {
    pattern(p.pattern());
    if (p.name() != null) {
      bind(p.name(), p.span());
    }
    return null;
  }

  @Override
  public Void visitMatchStar(Pattern.MatchStar p) {
    if (p.name() != null) {
      bind(p.name(), p.span());
    }
    return null;
  }

  @Override
  public Void visitMatchMapping(Pattern.MatchMapping p) {
    super.visitMatchMapping(p);
    if (p.rest() != null) {
      bind(p.rest(), p.span());
    }
    return null;
  }

  // ---- resolution

  private void resolve(Scope s) {
    for (String n : s.globals) {
      s.bindings.put(n, Binding.GLOBAL_EXPLICIT);
    }
    if (s.kind == Kind.MODULE) {
      for (String n : s.assigned) {
        s.bindings.putIfAbsent(n, Binding.NAME);
      }
    } else if (s.kind == Kind.CLASS) {
      for (String n : s.assigned) {
        if (!s.globals.contains(n) && !s.nonlocals.contains(n)) {
          s.bindings.put(n, Binding.NAME);
        }
      }
    } else {
      for (String n : s.assigned) {
        if (!s.globals.contains(n) && !s.nonlocals.contains(n)) {
          s.bindings.put(n, Binding.LOCAL);
        }
      }
    }
    for (String n : s.nonlocals) {
      Scope owner = enclosingBinder(s.parent, n);
      if (owner == null) {
        if (s.kind != Kind.COMPREHENSION) {
          error(spanOf(s), "no binding for nonlocal '" + n + "' found");
        }
        s.bindings.put(n, Binding.GLOBAL_IMPLICIT);
      } else {
        makeFree(s, n, owner);
      }
    }
    if (s.needsClassCell && s.kind == Kind.FUNCTION) {
      Scope cls = s.parent;
      while (cls != null && cls.kind != Kind.CLASS) {
        cls = cls.parent;
      }
      if (cls != null) {
        cls.cells.add("__class__");
        for (Scope p = s; p != cls; p = p.parent) {
          p.frees.add("__class__");
          p.bindings.put("__class__", Binding.FREE);
        }
      }
    }
    for (String n : s.used) {
      if (s.bindings.containsKey(n)) {
        continue;
      }
      Scope owner = enclosingBinder(s.parent, n);
      if (owner != null) {
        makeFree(s, n, owner);
      } else if (s.kind == Kind.FUNCTION || s.kind == Kind.COMPREHENSION) {
        s.bindings.put(n, Binding.GLOBAL_IMPLICIT);
      }
    }
    for (Scope c : s.children) {
      resolve(c);
    }
  }

  /** The nearest enclosing function scope (classes skipped) binding {@code n} locally. */
  private static Scope enclosingBinder(Scope from, String n) {
    for (Scope p = from; p != null && p.kind != Kind.MODULE; p = p.parent) {
      if (p.kind == Kind.CLASS) {
        continue;
      }
      if (p.globals.contains(n)) {
        return null;
      }
      if (p.assigned.contains(n) && !p.nonlocals.contains(n)) {
        return p;
      }
      if (p.nonlocals.contains(n)) {
        continue;
      }
    }
    return null;
  }

  /** Makes {@code n} free in {@code s} and every scope up to {@code owner}, a cell in owner. */
  private static void makeFree(Scope s, String n, Scope owner) {
    owner.cells.add(n);
    owner.bindings.put(n, Binding.CELL);
    for (Scope p = s; p != owner; p = p.parent) {
      p.frees.add(n);
      if (p == s || p.kind != Kind.CLASS) {
        p.bindings.putIfAbsent(n, Binding.FREE);
      }
      if (p.bindings.get(n) == Binding.LOCAL) {
        p.bindings.put(n, Binding.FREE);
      }
    }
    if (s.bindings.get(n) != Binding.NAME) {
      s.bindings.put(n, Binding.FREE);
    }
  }

  private static SourceSpan spanOf(Scope s) {
    if (s.node instanceof Stmt st) {
      return st.span();
    }
    if (s.node instanceof Expr e) {
      return e.span();
    }
    return SourceSpan.at(1, 1);
  }

  private void error(SourceSpan span, String message) {
    diagnostics.add(Diagnostic.error(span, message));
  }
}
