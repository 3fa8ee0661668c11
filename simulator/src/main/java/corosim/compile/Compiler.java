package corosim.compile;

import corosim.compile.Scope.Kind;
import corosim.lang.Diagnostic;
import corosim.lang.Expr;
import corosim.lang.Node;
import corosim.lang.Node.Arguments;
import corosim.lang.SourceSpan;
import corosim.lang.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lowers a module's syntax tree to {@link CodeObject}s. The shapes follow CPython 3.11's
 * compiler: exception handlers as per-instruction tables (no block stack at run time),
 * {@code finally} bodies copied onto every exit path, {@code await} as a SEND/YIELD_VALUE loop,
 * comprehensions as nested functions called at once. Statements are lowered by
 * {@link StatementCompiler}, expressions by {@link ExpressionCompiler}; this class owns the
 * stack of code units and builds functions, classes and closures.
 */
public final class Compiler {
  private final String filename;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Deque<Unit> units = new ArrayDeque<>();
  private Map<Object, Scope> scopes;
  final StatementCompiler statements = new StatementCompiler(this);
  final ExpressionCompiler expressions = new ExpressionCompiler(this);

  /** Which modules an import may name; null accepts every module (checked at run time). */
  private final Predicate<String> knownModule;

  private Compiler(String filename, Predicate<String> knownModule) {
    this.filename = filename;
    this.knownModule = knownModule;
  }

  /** Compiles a parsed module; any diagnostic means no code object. */
  public static CompileResult compile(Node.Module module, String filename) {
    return compile(module, filename, null);
  }

  /**
   * Compiles a parsed module, reporting every import of a module {@code knownModule} rejects
   * as an error at its line, except where the program expects the import to fail: inside a
   * {@code try} whose handlers catch ImportError, and under {@code if TYPE_CHECKING:}.
   */
  public static CompileResult compile(Node.Module module, String filename,
      Predicate<String> knownModule) {
    Compiler c = new Compiler(filename, knownModule);
    CodeObject code = c.compileModule(module);
    return new CompileResult(c.diagnostics.isEmpty() ? code : null, c.diagnostics);
  }

  private CodeObject compileModule(Node.Module module) {
    scopes = ScopeAnalyzer.analyze(module.body(), module, diagnostics);
    if (!diagnostics.isEmpty()) {
      return null;
    }
    Unit u = enter(scopes.get(module));
    postponedAnnotations = Annotations.postponed(module.body());
    try {
      storeDocstring(module.body(), u.builder);
      setupAnnotations(module.body(), u.builder);
      statements.body(module.body());
      u.builder.emit(Opcode.LOAD_CONST, u.builder.constant(Expr.Singleton.NONE));
      u.builder.emit(Opcode.RETURN_VALUE);
      return finish(u, "<module>", 0, 0, 0, 1);
    } catch (CompileError e) {
      diagnostics.add(e.diagnostic);
      return null;
    }
  }

  /** {@code from __future__ import annotations}: annotations are stored as source text. */
  boolean postponedAnnotations;

  /** SETUP_ANNOTATIONS: a body with variable annotations gets an {@code __annotations__}. */
  private static void setupAnnotations(List<Stmt> body, CodeBuilder b) {
    if (Annotations.present(body)) {
      b.emit(Opcode.BUILD_MAP, 0);
      b.emit(Opcode.STORE_NAME, b.name("__annotations__"));
    }
  }

  /** A module's or class's docstring becomes its {@code __doc__}, as in CPython. */
  private static void storeDocstring(List<Stmt> body, CodeBuilder b) {
    if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant k && k.value() instanceof String) {
      b.setPosition(e.span());
      b.emit(Opcode.LOAD_CONST, b.constant(k.value()));
      b.emit(Opcode.STORE_NAME, b.name("__doc__"));
    }
  }

  // ---- units

  Unit unit() {
    return units.peek();
  }

  CodeBuilder builder() {
    return units.peek().builder;
  }

  Scope scopeOf(Object node) {
    Scope s = scopes.get(node);
    if (s == null) {
      throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
    }
    return s;
  }

  private Unit enter(Scope scope) {
    Unit u = new Unit(scope);
    units.push(u);
    return u;
  }

  private CodeObject finish(
      Unit u, String name, int argCount, int posOnly, int kwOnly, int firstLine) {
    units.pop();
    int flags = u.flags();
    Scope s = u.scope;
    if (s.kind == Kind.FUNCTION || s.kind == Kind.COMPREHENSION) {
      Object node = s.node;
      if (node instanceof Stmt.FunctionDef f) {
        if (f.args().vararg() != null) {
          flags |= CodeObject.VARARGS;
        }
        if (f.args().kwarg() != null) {
          flags |= CodeObject.VARKEYWORDS;
        }
      } else if (node instanceof Expr.Lambda l) {
        if (l.args().vararg() != null) {
          flags |= CodeObject.VARARGS;
        }
        if (l.args().kwarg() != null) {
          flags |= CodeObject.VARKEYWORDS;
        }
      }
    }
    return u.builder.build(
        name,
        s.kind == Kind.MODULE ? "<module>" : s.qualname,
        filename,
        flags,
        argCount,
        posOnly,
        kwOnly,
        u.varNames.toArray(new String[0]),
        u.cellVars.toArray(new String[0]),
        u.freeVars.toArray(new String[0]),
        u.cellFromArg(),
        firstLine,
        u.doc);
  }

  // ---- functions, lambdas, classes, comprehensions

  /** Emits MAKE_FUNCTION for a def or lambda, leaving the function on the stack. */
  void makeFunction(Object node, String name, Arguments args, SourceSpan span, Consumer<Unit> body) {
    CodeBuilder outer = builder();
    int flags = 0;
    if (!args.defaults().isEmpty()) {
      for (Expr d : args.defaults()) {
        expressions.compile(d);
      }
      outer.emit(Opcode.BUILD_TUPLE, args.defaults().size());
      flags |= 1;
    }
    int kwDefaults = 0;
    for (int i = 0; i < args.kwOnly().size(); i++) {
      Expr d = args.kwDefaults().get(i);
      if (d != null) {
        outer.emit(Opcode.LOAD_CONST, outer.constant(args.kwOnly().get(i).name()));
        expressions.compile(d);
        kwDefaults++;
      }
    }
    if (kwDefaults > 0) {
      outer.emit(Opcode.BUILD_MAP, kwDefaults);
      flags |= 2;
    }
    Scope scope = scopeOf(node);
    Unit u = enter(scope);
    u.builder.setPosition(span);
    body.accept(u);
    int argCount = args.posOnly().size() + args.args().size();
    CodeObject code =
        finish(u, name, argCount, args.posOnly().size(), args.kwOnly().size(), span.line());
    flags |= closure(code);
    outer.setPosition(span);
    outer.emit(Opcode.LOAD_CONST, outer.constant(code));
    outer.emit(Opcode.MAKE_FUNCTION, flags);
  }

  /** Pushes the closure tuple for {@code code} if it has free variables; returns flag 8 or 0. */
  private int closure(CodeObject code) {
    if (code.freeVars.length == 0) {
      return 0;
    }
    Unit outer = unit();
    for (String free : code.freeVars) {
      outer.builder.emit(Opcode.LOAD_CLOSURE, outer.derefSlot(free));
    }
    outer.builder.emit(Opcode.BUILD_TUPLE, code.freeVars.length);
    return 8;
  }

  /** Compiles a class body into a function taking no arguments; leaves it on the stack. */
  void makeClassBody(Stmt.ClassDef s) {
    CodeBuilder outer = builder();
    Scope scope = scopeOf(s);
    Unit u = enter(scope);
    CodeBuilder b = u.builder;
    b.setPosition(s.span());
    b.emit(Opcode.LOAD_NAME, b.name("__name__"));
    b.emit(Opcode.STORE_NAME, b.name("__module__"));
    b.emit(Opcode.LOAD_CONST, b.constant(scope.qualname));
    b.emit(Opcode.STORE_NAME, b.name("__qualname__"));
    storeDocstring(s.body(), b);
    setupAnnotations(s.body(), b);
    statements.body(s.body());
    if (scope.cells.contains("__class__")) {
      b.emit(Opcode.LOAD_CLOSURE, u.derefSlot("__class__"));
      b.emit(Opcode.COPY, 1);
      b.emit(Opcode.STORE_NAME, b.name("__classcell__"));
    } else {
      b.emit(Opcode.LOAD_CONST, b.constant(Expr.Singleton.NONE));
    }
    b.emit(Opcode.RETURN_VALUE);
    CodeObject code = finish(u, s.name(), 0, 0, 0, s.span().line());
    int flags = closure(code);
    outer.emit(Opcode.LOAD_CONST, outer.constant(code));
    outer.emit(Opcode.MAKE_FUNCTION, flags);
  }

  /**
   * Compiles a comprehension as a nested function of one argument (the first iterator) and
   * calls it: {@code [func, iter] CALL 0} passes the iterator as the only argument.
   */
  void comprehension(Expr node, List<Node.Comprehension> gens, Consumer<Unit> body) {
    CodeBuilder outer = builder();
    Scope scope = scopeOf(node);
    Unit u = enter(scope);
    u.builder.setPosition(node.span());
    body.accept(u);
    CodeObject code = finish(u, scope.name, 1, 0, 0, node.span().line());
    int flags = closure(code);
    outer.setPosition(node.span());
    outer.emit(Opcode.LOAD_CONST, outer.constant(code));
    outer.emit(Opcode.MAKE_FUNCTION, flags);
    expressions.compile(gens.get(0).iter());
    outer.emit(gens.get(0).isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
    outer.setPosition(node.span());
    outer.emit(Opcode.CALL, 0);
    if (code.is(CodeObject.COROUTINE)) {
      expressions.awaitTop(0);
    }
  }

  // ---- unwinding for return, break and continue

  /**
   * Emits the code that leaves every block up to the innermost loop ({@code toLoop}) or all of
   * them (for return), keeping the top of stack if {@code preserveTop}. Returns the loop block
   * reached, or null.
   */
  FBlock unwind(boolean preserveTop, boolean toLoop) {
    Unit u = unit();
    if (u.blocks.isEmpty()) {
      return null;
    }
    FBlock top = u.blocks.peek();
    if (toLoop && top.isLoop()) {
      return top;
    }
    u.blocks.pop();
    List<Integer> savedHandlers = new ArrayList<>(u.builder.handlerStack());
    List<Integer> outerHandlers = new ArrayList<>(savedHandlers.subList(0, top.handlersBefore()));
    u.builder.restoreHandlers(outerHandlers);
    statements.unwindOne(top, preserveTop);
    FBlock loop = unwind(preserveTop, toLoop);
    u.builder.restoreHandlers(savedHandlers);
    u.blocks.push(top);
    return loop;
  }

  void error(SourceSpan span, String message, String... hints) {
    throw new CompileError(Diagnostic.error(span, message, hints));
  }

  /** Records a diagnostic and goes on compiling. */
  void report(SourceSpan span, String message, String... hints) {
    diagnostics.add(Diagnostic.error(span, message, hints));
  }

  String filename() {
    return filename;
  }

  /** Whether {@code import module} is known to fail; null when imports are not checked. */
  boolean unknownModule(String module) {
    return knownModule != null && !knownModule.test(module);
  }

  /** Stops compiling the module at the first construct the compiler cannot lower. */
  static final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    CompileError(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }
}
