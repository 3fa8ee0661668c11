package corosim.compile;

import corosim.compile.FBlock.Kind;
import corosim.lang.Expr;
import corosim.lang.Node.Alias;
import corosim.lang.Node.ExceptHandler;
import corosim.lang.Node.WithItem;
import corosim.lang.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Lowers statements; see {@link Compiler} for the overall shapes. */
final class StatementCompiler implements Stmt.Visitor<Void> {
  private final Compiler c;

  private final TryCompiler tries;

  StatementCompiler(Compiler c) {
    this.c = c;
    this.tries = new TryCompiler(c, this);
  }

  private CodeBuilder b() {
    return c.builder();
  }

  private Unit u() {
    return c.unit();
  }

  private ExpressionCompiler x() {
    return c.expressions;
  }

  void body(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      if (!b().reachable()) {
        return; // dead code after return/raise/break/continue: nothing can reach it
      }
      b().setPosition(s.span());
      currentSpan = s.span();
      s.accept(this);
    }
  }

  /** The statement being compiled, for errors found while unwinding blocks. */
  private corosim.lang.SourceSpan currentSpan;

  private void loadNone() {
    b().emit(Opcode.LOAD_CONST, b().constant(Expr.Singleton.NONE));
  }

  FBlock push(
      FBlock.Kind kind, Label start, Label exit, List<Stmt> fin, String name, int before) {
    FBlock f = new FBlock(kind, start, exit, fin, name, before);
    u().blocks.push(f);
    return f;
  }

  private FBlock pushLoop(FBlock.Kind kind, Label start, Label exit) {
    return push(kind, start, exit, null, null, b().handlerStack().size());
  }

  FBlock push(FBlock.Kind kind, int handlersBefore, String name) {
    FBlock f = new FBlock(kind, null, null, null, name, handlersBefore);
    u().blocks.push(f);
    return f;
  }

  void pop() {
    u().blocks.pop();
  }

  // ---- definitions

  @Override
  public Void visitFunctionDef(Stmt.FunctionDef s) {
    decorators(s.decorators());
    c.makeFunction(s, s.name(), s.args(), s.span(), unit -> {
      List<Stmt> body = s.body();
      if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
          && e.value() instanceof Expr.Constant k && k.value() instanceof String d) {
        unit.doc = d;
        body = body.subList(1, body.size());
      }
      body(body);
      loadNone();
      b().emit(Opcode.RETURN_VALUE);
    });
    applyDecorators(s.decorators());
    b().setPosition(s.span());
    u().store(s.name());
    return null;
  }

  private void decorators(List<Expr> decorators) {
    for (Expr d : decorators) {
      b().emit(Opcode.PUSH_NULL);
      x().compile(d);
    }
  }

  /** Applies the decorators innermost first; each call is positioned at its decorator. */
  private void applyDecorators(List<Expr> decorators) {
    for (int i = decorators.size() - 1; i >= 0; i--) {
      b().setPosition(decorators.get(i).span());
      b().emit(Opcode.CALL, 1);
    }
  }

  @Override
  public Void visitClassDef(Stmt.ClassDef s) {
    decorators(s.decorators());
    b().setPosition(s.span());
    b().emit(Opcode.PUSH_NULL);
    b().emit(Opcode.LOAD_BUILD_CLASS);
    c.makeClassBody(s);
    b().emit(Opcode.LOAD_CONST, b().constant(s.name()));
    x().callArguments(s.bases(), s.keywords(), 2, s.span());
    applyDecorators(s.decorators());
    b().setPosition(s.span());
    u().store(s.name());
    return null;
  }

  // ---- simple statements

  @Override
  public Void visitReturn(Stmt.Return s) {
    if (!u().scope.isFunctionLike()) {
      c.error(s.span(), "'return' outside function");
    }
    if (s.value() != null && (u().scope.generator && u().scope.coroutine)) {
      c.error(s.span(), "'return' with value in async generator");
    }
    if (s.value() == null || s.value() instanceof Expr.Constant) {
      c.unwind(false, false);
      if (s.value() == null) {
        loadNone();
      } else {
        x().compile(s.value());
      }
    } else {
      x().compile(s.value());
      c.unwind(true, false);
    }
    b().setPosition(s.span());
    b().emit(Opcode.RETURN_VALUE);
    return null;
  }

  @Override
  public Void visitDelete(Stmt.Delete s) {
    for (Expr t : s.targets()) {
      x().delete(t);
    }
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    x().compile(s.value());
    List<Expr> targets = s.targets();
    for (int i = 0; i < targets.size(); i++) {
      if (i < targets.size() - 1) {
        b().emit(Opcode.COPY, 1);
      }
      x().store(targets.get(i));
    }
    return null;
  }

  @Override
  public Void visitAugAssign(Stmt.AugAssign s) {
    x().augmentedAssign(s);
    return null;
  }

  @Override
  public Void visitAnnAssign(Stmt.AnnAssign s) {
    if (s.value() != null) {
      x().compile(s.value());
      x().store(s.target());
    }
    // Module and class bodies record 'name: T' in __annotations__ (dataclasses reads it);
    // function bodies never evaluate variable annotations, as in CPython.
    Scope.Kind kind = u().scope.kind;
    if (s.target() instanceof Expr.Name n
        && (kind == Scope.Kind.MODULE || kind == Scope.Kind.CLASS)) {
      b().setPosition(s.span());
      if (c.postponedAnnotations) {
        b().emit(Opcode.LOAD_CONST, b().constant(Annotations.unparse(s.annotation())));
      } else {
        x().compile(s.annotation());
      }
      b().emit(Opcode.LOAD_NAME, b().name("__annotations__"));
      b().emit(Opcode.LOAD_CONST, b().constant(n.id()));
      b().emit(Opcode.STORE_SUBSCR);
    }
    return null;
  }

  @Override
  public Void visitExprStmt(Stmt.ExprStmt s) {
    if (s.value() instanceof Expr.Constant) {
      return null;
    }
    x().compile(s.value());
    b().emit(Opcode.POP_TOP);
    return null;
  }

  @Override
  public Void visitPass(Stmt.Pass s) {
    return null;
  }

  @Override
  public Void visitBreak(Stmt.Break s) {
    FBlock loop = c.unwind(false, true);
    if (loop == null) {
      c.error(s.span(), "'break' outside loop");
    }
    if (loop.kind() != Kind.WHILE_LOOP) {
      b().emit(Opcode.POP_TOP);
    }
    b().emitJump(Opcode.JUMP, loop.exit());
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    FBlock loop = c.unwind(false, true);
    if (loop == null) {
      c.error(s.span(), "'continue' not properly in loop");
    }
    b().emitJump(Opcode.JUMP, loop.start());
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
  public Void visitRaise(Stmt.Raise s) {
    int n = 0;
    if (s.exc() != null) {
      x().compile(s.exc());
      n = 1;
      if (s.cause() != null) {
        x().compile(s.cause());
        n = 2;
      }
    }
    b().setPosition(s.span());
    b().emit(Opcode.RAISE_VARARGS, n);
    return null;
  }

  @Override
  public Void visitAssert(Stmt.Assert s) {
    Label end = new Label();
    x().compile(s.test());
    b().emitJump(Opcode.POP_JUMP_IF_TRUE, end);
    // CPython's compiler_jump_if leaves a comparison's position behind for the raise.
    b().setPosition(s.test() instanceof Expr.Compare ? s.test().span() : s.span());
    if (s.msg() != null) {
      b().emit(Opcode.PUSH_NULL);
      b().emit(Opcode.LOAD_ASSERTION_ERROR);
      x().compile(s.msg());
      b().emit(Opcode.CALL, 1);
    } else {
      b().emit(Opcode.LOAD_ASSERTION_ERROR);
    }
    b().emit(Opcode.RAISE_VARARGS, 1);
    b().bind(end);
    return null;
  }

  /** Nesting of try bodies that catch ImportError and of {@code if TYPE_CHECKING:} bodies. */
  int importGuards;

  private void checkModule(String module, corosim.lang.SourceSpan span) {
    if (importGuards == 0 && c.unknownModule(module)) {
      c.report(span, "no module named '" + module + "' in corosim", ModuleHints.hint(module));
    }
  }

  /** Whether a try statement's handlers catch ImportError (so a failing import is expected). */
  static boolean catchesImportError(List<ExceptHandler> handlers) {
    for (ExceptHandler h : handlers) {
      if (h.type() == null || namesImportError(h.type())) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesImportError(Expr e) {
    if (e instanceof Expr.TupleExpr t) {
      return t.elts().stream().anyMatch(StatementCompiler::namesImportError);
    }
    String n = e instanceof Expr.Name name ? name.id()
        : e instanceof Expr.Attribute a ? a.attr() : "";
    return n.equals("ImportError") || n.equals("ModuleNotFoundError") || n.equals("Exception")
        || n.equals("BaseException");
  }

  private static boolean isTypeChecking(Expr test) {
    return test instanceof Expr.Name n && n.id().equals("TYPE_CHECKING")
        || test instanceof Expr.Attribute a && a.attr().equals("TYPE_CHECKING");
  }

  @Override
  public Void visitImport(Stmt.Import s) {
    for (Alias a : s.names()) {
      checkModule(a.name(), a.span());
      b().setPosition(a.span());
      b().emit(Opcode.LOAD_CONST, b().constant(java.math.BigInteger.ZERO));
      loadNone();
      b().emit(Opcode.IMPORT_NAME, b().name(a.name()));
      if (a.asName() != null) {
        String[] parts = a.name().split("\\.");
        for (int i = 1; i < parts.length; i++) {
          b().emit(Opcode.IMPORT_FROM, b().name(parts[i]));
          b().emit(Opcode.SWAP, 2);
          b().emit(Opcode.POP_TOP);
        }
        u().store(a.asName());
      } else {
        u().store(a.name().split("\\.")[0]);
      }
    }
    return null;
  }

  @Override
  public Void visitImportFrom(Stmt.ImportFrom s) {
    if (s.level() == 0 && "__future__".equals(s.module())) {
      return null; // compiler directives (annotations are never evaluated anyway)
    }
    if (s.level() == 0) {
      checkModule(s.module(), s.span());
    }
    List<Object> fromList = new ArrayList<>();
    for (Alias a : s.names()) {
      fromList.add(a.name());
    }
    b().emit(Opcode.LOAD_CONST, b().constant(java.math.BigInteger.valueOf(s.level())));
    b().emit(Opcode.LOAD_CONST, b().constant(new CodeObject.ConstTuple(fromList)));
    String module = s.module() == null ? "" : s.module();
    b().emit(Opcode.IMPORT_NAME, b().name(module));
    if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
      b().emit(Opcode.IMPORT_STAR);
      return null;
    }
    for (Alias a : s.names()) {
      b().setPosition(a.span());
      b().emit(Opcode.IMPORT_FROM, b().name(a.name()));
      u().store(a.asName() != null ? a.asName() : a.name());
    }
    b().emit(Opcode.POP_TOP);
    return null;
  }

  // ---- control flow

  @Override
  public Void visitIf(Stmt.If s) {
    Label orElse = new Label();
    Label end = new Label();
    x().jumpIf(s.test(), false, orElse);
    boolean typeChecking = isTypeChecking(s.test());
    importGuards += typeChecking ? 1 : 0;
    body(s.body());
    importGuards -= typeChecking ? 1 : 0;
    if (!s.orElse().isEmpty()) {
      b().emitJump(Opcode.JUMP, end);
    }
    b().bind(orElse);
    body(s.orElse());
    b().bind(end);
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While s) {
    Label start = new Label();
    Label orElse = new Label();
    Label end = new Label();
    b().bind(start);
    boolean forever = s.test() instanceof Expr.Constant k && k.value().equals(Boolean.TRUE);
    if (!forever) {
      b().setPosition(s.test().span());
      x().jumpIf(s.test(), false, orElse);
    }
    pushLoop(Kind.WHILE_LOOP, start, end);
    body(s.body());
    pop();
    b().setPosition(s.span());
    b().emitJump(Opcode.JUMP, start);
    b().bind(orElse);
    body(s.orElse());
    b().bind(end);
    return null;
  }

  @Override
  public Void visitFor(Stmt.For s) {
    if (s.isAsync()) {
      requireAsync(s.span(), "'async for' outside async function");
      asyncFor(s);
      return null;
    }
    Label start = new Label();
    Label cleanup = new Label();
    Label end = new Label();
    x().compile(s.iter());
    b().setPosition(s.span());
    b().emit(Opcode.GET_ITER);
    b().bind(start);
    b().setPosition(s.span());
    b().emitJump(Opcode.FOR_ITER, cleanup);
    x().store(s.target());
    pushLoop(Kind.FOR_LOOP, start, end);
    body(s.body());
    pop();
    b().setPosition(s.span());
    b().emitJump(Opcode.JUMP, start);
    b().bind(cleanup);
    body(s.orElse());
    b().bind(end);
    return null;
  }

  private void asyncFor(Stmt.For s) {
    Label start = new Label();
    Label except = new Label();
    Label end = new Label();
    x().compile(s.iter());
    b().setPosition(s.span());
    b().emit(Opcode.GET_AITER);
    b().bind(start);
    int d = b().depth();
    b().pushHandler(except, d);
    b().emit(Opcode.GET_ANEXT);
    x().awaitTop(0);
    b().popHandler();
    x().store(s.target());
    pushLoop(Kind.ASYNC_FOR_LOOP, start, end);
    body(s.body());
    pop();
    b().emitJump(Opcode.JUMP, start);
    b().bind(except);
    b().setPosition(s.span());
    b().emit(Opcode.END_ASYNC_FOR);
    body(s.orElse());
    b().bind(end);
  }

  void requireAsync(corosim.lang.SourceSpan span, String message) {
    Scope s = u().scope;
    if (!s.isAsync() && !(s.kind == Scope.Kind.COMPREHENSION)) {
      c.error(span, message);
    }
  }

  // ---- try

  @Override
  public Void visitTry(Stmt.Try s) {
    tries.compile(s);
    return null;
  }

  void clearName(String name) {
    loadNone();
    u().store(name);
    u().delete(name);
  }

  // ---- with

  @Override
  public Void visitWith(Stmt.With s) {
    if (s.isAsync()) {
      requireAsync(s.span(), "'async with' outside async function");
    }
    with(s, 0);
    return null;
  }

  private void with(Stmt.With s, int item) {
    WithItem w = s.items().get(item);
    Label handler = new Label();
    Label end = new Label();
    b().setPosition(s.span());
    x().compile(w.context());
    b().setPosition(s.span());
    b().emit(s.isAsync() ? Opcode.BEFORE_ASYNC_WITH : Opcode.BEFORE_WITH);
    if (s.isAsync()) {
      x().awaitTop(1);
    }
    int d = b().depth() - 1;
    int before = b().handlerStack().size();
    b().pushHandler(handler, d);
    push(s.isAsync() ? Kind.ASYNC_WITH : Kind.WITH, null, null, null, null, before);
    if (w.vars() != null) {
      x().store(w.vars());
    } else {
      b().emit(Opcode.POP_TOP);
    }
    if (item + 1 < s.items().size()) {
      with(s, item + 1);
    } else {
      body(s.body());
    }
    pop();
    b().popHandler();
    b().setPosition(s.span());
    callExit(s.isAsync());
    b().emit(Opcode.POP_TOP);
    b().emitJump(Opcode.JUMP, end);
    // [exit] + exc
    b().bind(handler);
    Label cleanup = new Label();
    Label suppress = new Label();
    b().pushHandler(cleanup, d + 1);
    b().emit(Opcode.PUSH_EXC_INFO);
    b().emit(Opcode.WITH_EXCEPT_START);
    if (s.isAsync()) {
      x().awaitTop(2);
    }
    b().emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
    b().emit(Opcode.RERAISE);
    b().popHandler();
    tries.popExceptAndReraise(cleanup);
    b().bind(suppress);
    b().emit(Opcode.POP_TOP);
    b().emit(Opcode.POP_EXCEPT);
    b().emit(Opcode.POP_TOP);
    b().bind(end);
  }

  /** {@code [exit] -> [exit(None, None, None)]}, awaited for async with. */
  void callExit(boolean isAsync) {
    loadNone();
    loadNone();
    loadNone();
    b().emit(Opcode.CALL, 2);
    if (isAsync) {
      x().awaitTop(2);
    }
  }

  // ---- match

  @Override
  public Void visitMatch(Stmt.Match s) {
    new PatternCompiler(c).match(s);
    return null;
  }

  // ---- unwinding

  /** Emits what leaving block {@code f} needs (CPython's compiler_unwind_fblock). */
  void unwindOne(FBlock f, boolean preserveTop) {
    switch (f.kind()) {
      case WHILE_LOOP, TRY_EXCEPT -> {}
      case FOR_LOOP, ASYNC_FOR_LOOP, POP_VALUE -> {
        if (preserveTop) {
          b().emit(Opcode.SWAP, 2);
        }
        b().emit(Opcode.POP_TOP);
      }
      case FINALLY_TRY -> {
        if (preserveTop) {
          push(Kind.POP_VALUE, b().handlerStack().size(), null);
        }
        body(f.finalBody());
        if (preserveTop) {
          pop();
        }
      }
      case FINALLY_END -> {
        if (preserveTop) {
          b().emit(Opcode.SWAP, 2);
        }
        b().emit(Opcode.POP_TOP);
        if (preserveTop) {
          b().emit(Opcode.SWAP, 2);
        }
        b().emit(Opcode.POP_EXCEPT);
      }
      case WITH, ASYNC_WITH -> {
        if (preserveTop) {
          b().emit(Opcode.SWAP, 2);
        }
        callExit(f.kind() == Kind.ASYNC_WITH);
        b().emit(Opcode.POP_TOP);
      }
      case EXCEPTION_GROUP_HANDLER -> c.error(currentSpan,
          "'break', 'continue' and 'return' cannot appear in an except* block");
      case HANDLER_CLEANUP -> {
        if (preserveTop) {
          b().emit(Opcode.SWAP, 2);
        }
        b().emit(Opcode.POP_EXCEPT);
        if (f.name() != null) {
          clearName(f.name());
        }
      }
    }
  }
}
