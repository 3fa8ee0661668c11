package corosim.compile;

import corosim.lang.Expr;
import corosim.lang.Node.Comprehension;
import corosim.lang.Node.Keyword;
import corosim.lang.Operator;
import corosim.lang.SourceSpan;
import corosim.lang.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Lowers expressions, assignment targets and conditions; see {@link Compiler}. */
final class ExpressionCompiler implements Expr.Visitor<Void> {
  private final Compiler c;

  ExpressionCompiler(Compiler c) {
    this.c = c;
  }

  private CodeBuilder b() {
    return c.builder();
  }

  private Unit u() {
    return c.unit();
  }

  /**
   * Compiles {@code e}; its instructions carry its span, and the enclosing construct's span is
   * restored afterwards (CPython's compiler_visit_expr), so each instruction is positioned at
   * the innermost expression it belongs to.
   */
  void compile(Expr e) {
    SourceSpan outer = b().position();
    b().setPosition(e.span());
    e.accept(this);
    b().setPosition(outer);
  }

  private void constant(Object value) {
    b().emit(Opcode.LOAD_CONST, b().constant(value));
  }

  // ---- atoms

  @Override
  public Void visitName(Expr.Name e) {
    b().setPosition(e.span());
    u().load(e.id());
    return null;
  }

  @Override
  public Void visitConstant(Expr.Constant e) {
    constant(e.value());
    return null;
  }

  @Override
  public Void visitJoinedStr(Expr.JoinedStr e) {
    List<Expr> parts = e.values();
    if (parts.isEmpty()) {
      constant("");
      return null;
    }
    for (Expr p : parts) {
      compile(p);
    }
    if (parts.size() > 1 || !(parts.get(0) instanceof Expr.Constant)) {
      b().emit(Opcode.BUILD_STRING, parts.size());
    }
    return null;
  }

  @Override
  public Void visitFormattedValue(Expr.FormattedValue e) {
    compile(e.value());
    int arg =
        switch (e.conversion()) {
          case 's' -> 1;
          case 'r' -> 2;
          case 'a' -> 3;
          default -> 0;
        };
    if (e.formatSpec() != null) {
      compile(e.formatSpec());
      arg |= 4;
    }
    b().setPosition(e.span());
    b().emit(Opcode.FORMAT_VALUE, arg);
    return null;
  }

  // ---- operators

  @Override
  public Void visitBinOp(Expr.BinOp e) {
    compile(e.left());
    compile(e.right());
    b().setPosition(e.span());
    b().emit(Opcode.BINARY_OP, e.op().ordinal());
    return null;
  }

  @Override
  public Void visitUnaryOp(Expr.UnaryOp e) {
    compile(e.operand());
    b().setPosition(e.span());
    b().emit(Opcode.UNARY_OP, e.op().ordinal());
    return null;
  }

  @Override
  public Void visitBoolOp(Expr.BoolOp e) {
    Label end = new Label();
    Opcode jump =
        e.op() == Operator.Bool.AND ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
    List<Expr> values = e.values();
    for (int i = 0; i < values.size(); i++) {
      compile(values.get(i));
      if (i < values.size() - 1) {
        b().emitJump(jump, end);
      }
    }
    b().bind(end);
    return null;
  }

  @Override
  public Void visitCompare(Expr.Compare e) {
    compile(e.left());
    int n = e.ops().size();
    if (n == 1) {
      compile(e.comparators().get(0));
      b().setPosition(e.span());
      compareOp(e.ops().get(0));
      return null;
    }
    Label cleanup = new Label();
    Label end = new Label();
    for (int i = 0; i < n - 1; i++) {
      compile(e.comparators().get(i));
      b().emit(Opcode.SWAP, 2);
      b().emit(Opcode.COPY, 2);
      b().setPosition(e.span());
      compareOp(e.ops().get(i));
      b().emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile(e.comparators().get(n - 1));
    b().setPosition(e.span());
    compareOp(e.ops().get(n - 1));
    b().emitJump(Opcode.JUMP, end);
    b().bind(cleanup);
    b().emit(Opcode.SWAP, 2);
    b().emit(Opcode.POP_TOP);
    b().bind(end);
    return null;
  }

  private void compareOp(Operator.Compare op) {
    switch (op) {
      case IS -> b().emit(Opcode.IS_OP, 0);
      case IS_NOT -> b().emit(Opcode.IS_OP, 1);
      case IN -> b().emit(Opcode.CONTAINS_OP, 0);
      case NOT_IN -> b().emit(Opcode.CONTAINS_OP, 1);
      default -> b().emit(Opcode.COMPARE_OP, op.ordinal());
    }
  }

  /** Compiles a condition that jumps to {@code target} when its truth equals {@code when}. */
  void jumpIf(Expr test, boolean when, Label target) {
    if (test instanceof Expr.UnaryOp u && u.op() == Operator.Unary.NOT) {
      jumpIf(u.operand(), !when, target);
      return;
    }
    if (test instanceof Expr.BoolOp bo) {
      boolean isAnd = bo.op() == Operator.Bool.AND;
      List<Expr> values = bo.values();
      if (isAnd != when) {
        // and-chain jumping when false / or-chain jumping when true: every operand may jump.
        for (Expr v : values) {
          jumpIf(v, when, target);
        }
      } else {
        Label skip = new Label();
        for (int i = 0; i < values.size() - 1; i++) {
          jumpIf(values.get(i), !when, skip);
        }
        jumpIf(values.get(values.size() - 1), when, target);
        b().bind(skip);
      }
      return;
    }
    compile(test);
    b().emitJump(when ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
  }

  @Override
  public Void visitIfExp(Expr.IfExp e) {
    Label orElse = new Label();
    Label end = new Label();
    jumpIf(e.test(), false, orElse);
    compile(e.body());
    b().emitJump(Opcode.JUMP, end);
    b().bind(orElse);
    compile(e.orElse());
    b().bind(end);
    return null;
  }

  // ---- calls

  @Override
  public Void visitCall(Expr.Call e) {
    if (zeroArgumentSuper(e)) {
      return null;
    }
    boolean simple = isSimple(e.args(), e.keywords());
    if (e.func() instanceof Expr.Attribute a && simple) {
      compile(a.value());
      b().setPosition(a.span());
      b().emit(Opcode.LOAD_METHOD, b().name(a.attr()));
      callArguments(e.args(), e.keywords(), 0, e.span());
      return null;
    }
    b().emit(Opcode.PUSH_NULL);
    compile(e.func());
    callArguments(e.args(), e.keywords(), 0, e.span());
    return null;
  }

  /**
   * {@code super()} inside a method becomes {@code super(__class__, <first argument>)}: CPython
   * finds both in the calling frame; corosim's compiler passes them explicitly.
   */
  private boolean zeroArgumentSuper(Expr.Call e) {
    if (!(e.func() instanceof Expr.Name n) || !n.id().equals("super") || !e.args().isEmpty()
        || !e.keywords().isEmpty()) {
      return false;
    }
    Scope s = u().scope;
    if (s.kind != Scope.Kind.FUNCTION || !s.frees.contains("__class__") || s.params.isEmpty()
        || s.binding("super") != Scope.Binding.GLOBAL_IMPLICIT) {
      return false;
    }
    b().emit(Opcode.PUSH_NULL);
    u().load("super");
    u().load("__class__");
    u().load(s.params.iterator().next());
    b().setPosition(e.span());
    b().emit(Opcode.CALL, 2);
    return true;
  }

  private static boolean isSimple(List<Expr> args, List<Keyword> keywords) {
    for (Expr a : args) {
      if (a instanceof Expr.Starred) {
        return false;
      }
    }
    for (Keyword k : keywords) {
      if (k.name() == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * With the callable (and NULL or self) already on the stack, pushes the arguments and calls.
   * {@code extra} counts arguments already pushed after the callable (the class name).
   */
  void callArguments(List<Expr> args, List<Keyword> keywords, int extra, SourceSpan span) {
    if (isSimple(args, keywords)) {
      for (Expr a : args) {
        compile(a);
      }
      List<String> names = new ArrayList<>();
      for (Keyword k : keywords) {
        compile(k.value());
        names.add(k.name());
      }
      b().setPosition(span);
      if (!names.isEmpty()) {
        b().emit(Opcode.KW_NAMES, b().constant(new CodeObject.KwNames(names)));
      }
      b().emit(Opcode.CALL, extra + args.size() + keywords.size());
      return;
    }
    // General form: positional arguments into a tuple, keywords into a dict.
    b().emit(Opcode.BUILD_LIST, extra);
    for (Expr a : args) {
      if (a instanceof Expr.Starred s) {
        compile(s.value());
        b().emit(Opcode.LIST_EXTEND, 1);
      } else {
        compile(a);
        b().emit(Opcode.LIST_APPEND, 1);
      }
    }
    b().emit(Opcode.LIST_TO_TUPLE);
    int flag = 0;
    if (!keywords.isEmpty()) {
      flag = 1;
      b().emit(Opcode.BUILD_MAP, 0);
      for (Keyword k : keywords) {
        if (k.name() == null) {
          compile(k.value());
          b().emit(Opcode.DICT_MERGE, 1);
        } else {
          constant(k.name());
          compile(k.value());
          b().emit(Opcode.MAP_ADD, 1);
        }
      }
    }
    b().setPosition(span);
    b().emit(Opcode.CALL_FUNCTION_EX, flag);
  }

  // ---- attributes, subscripts

  @Override
  public Void visitAttribute(Expr.Attribute e) {
    compile(e.value());
    b().setPosition(e.span());
    b().emit(Opcode.LOAD_ATTR, b().name(e.attr()));
    return null;
  }

  @Override
  public Void visitSubscript(Expr.Subscript e) {
    compile(e.value());
    compile(e.slice());
    b().setPosition(e.span());
    b().emit(Opcode.BINARY_SUBSCR);
    return null;
  }

  @Override
  public Void visitSlice(Expr.Slice e) {
    optional(e.lower());
    optional(e.upper());
    if (e.step() != null) {
      compile(e.step());
      b().emit(Opcode.BUILD_SLICE, 3);
    } else {
      b().emit(Opcode.BUILD_SLICE, 2);
    }
    return null;
  }

  private void optional(Expr e) {
    if (e == null) {
      constant(Expr.Singleton.NONE);
    } else {
      compile(e);
    }
  }

  @Override
  public Void visitStarred(Expr.Starred e) {
    c.error(e.span(), "can't use starred expression here");
    return null;
  }

  // ---- displays

  @Override
  public Void visitListExpr(Expr.ListExpr e) {
    sequence(e.elts(), Opcode.BUILD_LIST);
    return null;
  }

  @Override
  public Void visitTupleExpr(Expr.TupleExpr e) {
    List<Object> consts = constantItems(e.elts());
    if (consts != null && !consts.isEmpty()) {
      constant(new CodeObject.ConstTuple(consts));
      return null;
    }
    if (hasStar(e.elts())) {
      sequence(e.elts(), Opcode.BUILD_LIST);
      b().emit(Opcode.LIST_TO_TUPLE);
    } else {
      sequence(e.elts(), Opcode.BUILD_TUPLE);
    }
    return null;
  }

  private static List<Object> constantItems(List<Expr> elts) {
    List<Object> out = new ArrayList<>();
    for (Expr x : elts) {
      if (!(x instanceof Expr.Constant k)) {
        return null;
      }
      out.add(k.value());
    }
    return out;
  }

  @Override
  public Void visitSetExpr(Expr.SetExpr e) {
    sequence(e.elts(), Opcode.BUILD_SET);
    return null;
  }

  private static boolean hasStar(List<Expr> elts) {
    for (Expr x : elts) {
      if (x instanceof Expr.Starred) {
        return true;
      }
    }
    return false;
  }

  /** BUILD_LIST/TUPLE/SET n, or an empty build extended item by item when stars appear. */
  private void sequence(List<Expr> elts, Opcode build) {
    if (!hasStar(elts)) {
      for (Expr x : elts) {
        compile(x);
      }
      b().emit(build, elts.size());
      return;
    }
    Opcode container = build == Opcode.BUILD_SET ? Opcode.BUILD_SET : Opcode.BUILD_LIST;
    Opcode add = build == Opcode.BUILD_SET ? Opcode.SET_ADD : Opcode.LIST_APPEND;
    Opcode extend = build == Opcode.BUILD_SET ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND;
    b().emit(container, 0);
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        compile(s.value());
        b().emit(extend, 1);
      } else {
        compile(x);
        b().emit(add, 1);
      }
    }
  }

  @Override
  public Void visitDictExpr(Expr.DictExpr e) {
    boolean unpack = e.keys().contains(null);
    if (!unpack) {
      for (int i = 0; i < e.keys().size(); i++) {
        compile(e.keys().get(i));
        compile(e.values().get(i));
      }
      b().emit(Opcode.BUILD_MAP, e.keys().size());
      return null;
    }
    b().emit(Opcode.BUILD_MAP, 0);
    for (int i = 0; i < e.keys().size(); i++) {
      if (e.keys().get(i) == null) {
        compile(e.values().get(i));
        b().emit(Opcode.DICT_UPDATE, 1);
      } else {
        compile(e.keys().get(i));
        compile(e.values().get(i));
        b().emit(Opcode.MAP_ADD, 1);
      }
    }
    return null;
  }

  // ---- comprehensions

  @Override
  public Void visitListComp(Expr.ListComp e) {
    c.comprehension(e, e.generators(), unit -> {
      b().emit(Opcode.BUILD_LIST, 0);
      comprehensionLoops(e.generators(), 0, () -> {
        compile(e.elt());
        b().emit(Opcode.LIST_APPEND, e.generators().size() + 1);
      });
      b().emit(Opcode.RETURN_VALUE);
    });
    return null;
  }

  @Override
  public Void visitSetComp(Expr.SetComp e) {
    c.comprehension(e, e.generators(), unit -> {
      b().emit(Opcode.BUILD_SET, 0);
      comprehensionLoops(e.generators(), 0, () -> {
        compile(e.elt());
        b().emit(Opcode.SET_ADD, e.generators().size() + 1);
      });
      b().emit(Opcode.RETURN_VALUE);
    });
    return null;
  }

  @Override
  public Void visitDictComp(Expr.DictComp e) {
    c.comprehension(e, e.generators(), unit -> {
      b().emit(Opcode.BUILD_MAP, 0);
      comprehensionLoops(e.generators(), 0, () -> {
        compile(e.key());
        compile(e.value());
        b().emit(Opcode.MAP_ADD, e.generators().size() + 1);
      });
      b().emit(Opcode.RETURN_VALUE);
    });
    return null;
  }

  @Override
  public Void visitGeneratorExp(Expr.GeneratorExp e) {
    c.comprehension(e, e.generators(), unit -> {
      comprehensionLoops(e.generators(), 0, () -> {
        compile(e.elt());
        b().emit(Opcode.YIELD_VALUE);
        b().emit(Opcode.POP_TOP);
      });
      constant(Expr.Singleton.NONE);
      b().emit(Opcode.RETURN_VALUE);
    });
    return null;
  }

  /** One nested loop per generator; the innermost runs {@code element}. */
  private void comprehensionLoops(List<Comprehension> gens, int i, Runnable element) {
    Comprehension g = gens.get(i);
    Label start = new Label();
    Label end = new Label();
    if (i == 0) {
      b().emit(Opcode.LOAD_FAST, u().localSlot(".0"));
    } else {
      compile(g.iter());
      b().emit(g.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
    }
    b().bind(start);
    if (g.isAsync()) {
      int d = b().depth();
      b().pushHandler(end, d);
      b().emit(Opcode.GET_ANEXT);
      awaitTop(0);
      b().popHandler();
    } else {
      b().emitJump(Opcode.FOR_ITER, end);
    }
    store(g.target());
    for (Expr cond : g.ifs()) {
      jumpIf(cond, false, start);
    }
    if (i + 1 < gens.size()) {
      comprehensionLoops(gens, i + 1, element);
    } else {
      element.run();
    }
    b().emitJump(Opcode.JUMP, start);
    b().bind(end);
    if (g.isAsync()) {
      b().emit(Opcode.END_ASYNC_FOR);
    }
  }

  @Override
  public Void visitLambda(Expr.Lambda e) {
    c.makeFunction(e, "<lambda>", e.args(), e.span(), unit -> {
      compile(e.body());
      b().emit(Opcode.RETURN_VALUE);
    });
    return null;
  }

  // ---- coroutines and generators

  @Override
  public Void visitAwait(Expr.Await e) {
    Scope s = u().scope;
    if (!s.isAsync() && s.kind != Scope.Kind.COMPREHENSION) {
      c.error(
          e.span(),
          s.kind == Scope.Kind.FUNCTION
              ? "'await' outside async function"
              : "'await' outside function",
          "define the function with 'async def' to use 'await' in it");
    }
    compile(e.value());
    b().setPosition(e.span());
    awaitTop(0);
    return null;
  }

  /** {@code [x] -> [result of awaiting x]}: GET_AWAITABLE then the SEND/YIELD loop. */
  void awaitTop(int context) {
    b().emit(Opcode.GET_AWAITABLE, context);
    constant(Expr.Singleton.NONE);
    sendLoop();
  }

  private void sendLoop() {
    Label loop = new Label();
    Label done = new Label();
    b().bind(loop);
    b().emitJump(Opcode.SEND, done);
    b().emit(Opcode.YIELD_VALUE, 1);
    b().emitJump(Opcode.JUMP, loop);
    b().bind(done);
  }

  @Override
  public Void visitYield(Expr.Yield e) {
    if (e.value() == null) {
      constant(Expr.Singleton.NONE);
    } else {
      compile(e.value());
    }
    b().setPosition(e.span());
    b().emit(Opcode.YIELD_VALUE);
    return null;
  }

  @Override
  public Void visitYieldFrom(Expr.YieldFrom e) {
    compile(e.value());
    b().setPosition(e.span());
    b().emit(Opcode.GET_YIELD_FROM_ITER);
    constant(Expr.Singleton.NONE);
    sendLoop();
    return null;
  }

  @Override
  public Void visitNamedExpr(Expr.NamedExpr e) {
    compile(e.value());
    b().emit(Opcode.COPY, 1);
    u().store(e.target().id());
    return null;
  }

  // ---- targets

  /** Stores the value on top of the stack into an assignment target. */
  void store(Expr target) {
    b().setPosition(target.span());
    if (target instanceof Expr.Name n) {
      u().store(n.id());
    } else if (target instanceof Expr.Attribute a) {
      compile(a.value());
      b().emit(Opcode.STORE_ATTR, b().name(a.attr()));
    } else if (target instanceof Expr.Subscript s) {
      compile(s.value());
      compile(s.slice());
      b().emit(Opcode.STORE_SUBSCR);
    } else if (target instanceof Expr.TupleExpr t) {
      unpack(t.elts(), t.span());
    } else if (target instanceof Expr.ListExpr l) {
      unpack(l.elts(), l.span());
    } else if (target instanceof Expr.Starred s) {
      c.error(s.span(), "starred assignment target must be in a list or tuple");
    } else {
      c.error(target.span(), "cannot assign to expression");
    }
  }

  private void unpack(List<Expr> elts, SourceSpan span) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Expr.Starred) {
        if (star >= 0) {
          c.error(elts.get(i).span(), "multiple starred expressions in assignment");
        }
        star = i;
      }
    }
    b().setPosition(span);
    if (star < 0) {
      b().emit(Opcode.UNPACK_SEQUENCE, elts.size());
    } else {
      int after = elts.size() - star - 1;
      if (star > 255 || after > 0xffff) {
        c.error(span, "too many expressions in star-unpacking assignment");
      }
      b().emit(Opcode.UNPACK_EX, star | after << 8);
    }
    for (Expr x : elts) {
      store(x instanceof Expr.Starred s ? s.value() : x);
    }
  }

  void delete(Expr target) {
    b().setPosition(target.span());
    if (target instanceof Expr.Name n) {
      u().delete(n.id());
    } else if (target instanceof Expr.Attribute a) {
      compile(a.value());
      b().emit(Opcode.DELETE_ATTR, b().name(a.attr()));
    } else if (target instanceof Expr.Subscript s) {
      compile(s.value());
      compile(s.slice());
      b().emit(Opcode.DELETE_SUBSCR);
    } else if (target instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::delete);
    } else if (target instanceof Expr.ListExpr l) {
      l.elts().forEach(this::delete);
    } else {
      c.error(target.span(), "cannot delete expression");
    }
  }

  void augmentedAssign(Stmt.AugAssign s) {
    int op = s.op().ordinal() | 0x80;
    Expr t = s.target();
    if (t instanceof Expr.Name n) {
      b().setPosition(n.span());
      u().load(n.id());
      compile(s.value());
      b().setPosition(s.span());
      b().emit(Opcode.BINARY_OP, op);
      b().setPosition(n.span());
      u().store(n.id());
    } else if (t instanceof Expr.Attribute a) {
      compile(a.value());
      b().setPosition(a.span());
      b().emit(Opcode.COPY, 1);
      b().emit(Opcode.LOAD_ATTR, b().name(a.attr()));
      compile(s.value());
      b().setPosition(s.span());
      b().emit(Opcode.BINARY_OP, op);
      b().setPosition(a.span());
      b().emit(Opcode.SWAP, 2);
      b().emit(Opcode.STORE_ATTR, b().name(a.attr()));
    } else if (t instanceof Expr.Subscript sub) {
      compile(sub.value());
      compile(sub.slice());
      b().setPosition(sub.span());
      b().emit(Opcode.COPY, 2);
      b().emit(Opcode.COPY, 2);
      b().emit(Opcode.BINARY_SUBSCR);
      compile(s.value());
      b().setPosition(s.span());
      b().emit(Opcode.BINARY_OP, op);
      b().setPosition(sub.span());
      b().emit(Opcode.SWAP, 3);
      b().emit(Opcode.SWAP, 2);
      b().emit(Opcode.STORE_SUBSCR);
    } else {
      c.error(t.span(), "illegal expression for augmented assignment");
    }
  }
}
