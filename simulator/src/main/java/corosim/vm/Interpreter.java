package corosim.vm;

import corosim.compile.CodeObject;
import corosim.compile.Op;
import corosim.lang.Operator;
import corosim.loop.Coroutine;
import corosim.loop.LimitExceededException;
import corosim.loop.Step;
import java.util.Arrays;

/**
 * The bytecode interpreter. {@link #execute} runs one frame until it returns or yields; Python
 * calls recurse on the Java stack (bounded by the recursion limit), while suspension never does:
 * a generator or coroutine returns from {@code execute} and its frame keeps its state.
 *
 * <p>Design note: exceptions are Java throws of {@link PyException}; the catch at the bottom of
 * the dispatch loop looks up the failing instruction's handler in the code object's table, cuts
 * the stack to the handler's depth, pushes the exception and jumps. A frame whose code has no
 * handler there is finished and the exception propagates to the caller.
 */
public final class Interpreter {
  private static final Operator.Binary[] BINARY = Operator.Binary.values();
  private static final Operator.Unary[] UNARY = Operator.Unary.values();
  private static final Operator.Compare[] COMPARE = Operator.Compare.values();

  private final Runtime rt;
  private final corosim.loop.Environment env;
  private int depth;

  Interpreter(Runtime rt) {
    this.rt = rt;
    this.env = rt.environment();
  }

  // ---- calls

  /** Calls a scenario function with arguments {@code argv[off .. off+n)}. */
  Object call(PyFunction fn, Object[] argv, int off, int n, String[] kwNames) {
    Frame f = newFrame(fn);
    ArgumentBinder.bind(fn, f, argv, off, n, kwNames);
    initCells(f);
    CodeObject code = fn.code;
    if ((code.flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0) {
      if (code.is(CodeObject.COROUTINE)) {
        return new PyCoroutine(this, f);
      }
      if (code.is(CodeObject.GENERATOR)) {
        return new PyGenerator(this, f);
      }
      return new PyAsyncGenerator(this, f);
    }
    return execute(f, null);
  }

  Frame newFrame(PyFunction fn) {
    CodeObject code = fn.code;
    ExcInfo own = (code.flags & (CodeObject.GENERATOR | CodeObject.COROUTINE
        | CodeObject.ASYNC_GENERATOR)) != 0 ? new ExcInfo() : null;
    Frame f = new Frame(code, fn, fn.globals, null, rt.constants(code), own);
    int ncell = code.cellVars.length;
    for (int i = 0; i < code.freeVars.length; i++) {
      f.cells[ncell + i] = fn.closure[i];
    }
    return f;
  }

  private static void initCells(Frame f) {
    CodeObject code = f.code;
    for (int i = 0; i < code.cellVars.length; i++) {
      int arg = code.cellFromArg[i];
      f.cells[i] = new PyCell(arg >= 0 ? f.locals[arg] : null);
    }
  }

  /** Runs a module body with {@code globals} as its namespace. */
  Object runModule(CodeObject code, PyDict globals) {
    Frame f = new Frame(code, null, globals, globals, rt.constants(code), null);
    initCells(f);
    return execute(f, null);
  }

  /** Runs a class body (a function of no arguments) with {@code ns} as its namespace. */
  Object runClassBody(PyFunction body, PyDict ns) {
    CodeObject code = body.code;
    Frame f = new Frame(code, body, body.globals, ns, rt.constants(code), null);
    int ncell = code.cellVars.length;
    for (int i = 0; i < code.freeVars.length; i++) {
      f.cells[ncell + i] = body.closure[i];
    }
    initCells(f);
    return execute(f, null);
  }

  /**
   * Python frames CPython has on the stack between asyncio.run and a task's coroutine
   * (runners.run, Runner.run, run_until_complete, run_forever, _run_once, Handle._run, ...):
   * counted while a task step runs, so the recursion limit bites at the same depth.
   */
  private static final int ASYNCIO_FRAMES = 8;

  void enterTaskStep() {
    depth += ASYNCIO_FRAMES;
  }

  void exitTaskStep() {
    depth -= ASYNCIO_FRAMES;
  }

  // ---- the dispatch loop

  /**
   * Runs {@code f} from its pc until it returns (the result) or yields (the yielded value, with
   * {@link Frame#pc} kept and the caller told by {@code f.sp >= 0}). A non-null {@code thrown}
   * resumes a suspended frame by raising at its suspension point.
   */
  Object execute(Frame f, PyException thrown) {
    if (++depth > rt.recursionLimit()) {
      depth--;
      throw Errors.recursion();
    }
    try {
      return run(f, thrown);
    } finally {
      depth--;
    }
  }

  /**
   * Backward jumps a frame counts locally before charging them to the step budget at once
   * ({@link Runtime#charge}); what is left is charged when the frame returns or yields.
   * Conditional jumps count too (a comprehension whose filter never passes loops through
   * them alone).
   */
  private static final int FUEL = 128;

  /** Marks a frame that yielded: {@link #execute} returned a yielded value, not a result. */
  static final int FINISHED = -1;

  @SuppressWarnings("fallthrough")
  private Object run(Frame f, PyException thrown) {
    final CodeObject code = f.code;
    final int[] instructions = Quickener.of(code);
    final Object[] stack = f.stack;
    final Object[] locals = f.locals;
    final Object[] consts = f.constants;
    final String[] names = code.names;
    int sp = f.sp;
    int pc = f.pc;
    String[] kwNames = null;
    int fuel = FUEL;
    PyException pending = null;
    boolean reraise = false;
    if (thrown != null) {
      if (f.delegating) {
        f.pendingThrow = thrown;
        stack[sp++] = PyNone.NONE;
      } else {
        pending = thrown;
      }
    }
    while (true) {
      try {
        if (pending != null) {
          PyException e = pending;
          pending = null;
          throw e;
        }
        while (true) {
          int ins = instructions[pc++];
          int arg = ins >>> 8;
          switch (ins & 0xff) {
            case Op.NOP -> {}
            case Op.POP_TOP -> sp--;
            case Op.COPY -> {
              stack[sp] = stack[sp - arg];
              sp++;
            }
            case Op.SWAP -> {
              Object t = stack[sp - 1];
              stack[sp - 1] = stack[sp - arg];
              stack[sp - arg] = t;
            }
            case Op.PUSH_NULL -> stack[sp++] = null;
            case Op.LOAD_CONST -> stack[sp++] = consts[arg];
            case Op.LOAD_FAST -> {
              Object v = locals[arg];
              if (v == null) {
                throw Errors.unboundLocal(code.varNames[arg]);
              }
              stack[sp++] = v;
            }
            case Op.STORE_FAST -> {
              locals[arg] = stack[--sp];
            }
            case Op.LOAD_FAST_LOAD_FAST -> {
              Object v = locals[arg];
              if (v == null) {
                throw Errors.unboundLocal(code.varNames[arg]);
              }
              stack[sp++] = v;
              int second = instructions[pc++] >>> 8;
              v = locals[second];
              if (v == null) {
                throw Errors.unboundLocal(code.varNames[second]);
              }
              stack[sp++] = v;
            }
            case Op.LOAD_FAST_LOAD_CONST -> {
              Object v = locals[arg];
              if (v == null) {
                throw Errors.unboundLocal(code.varNames[arg]);
              }
              stack[sp++] = v;
              stack[sp++] = consts[instructions[pc++] >>> 8];
            }
            case Op.STORE_FAST_LOAD_FAST -> {
              locals[arg] = stack[--sp];
              int second = instructions[pc++] >>> 8;
              Object v = locals[second];
              if (v == null) {
                throw Errors.unboundLocal(code.varNames[second]);
              }
              stack[sp++] = v;
            }
            case Op.FOR_ITER_STORE_FAST -> {
              Object it = stack[sp - 1];
              Object v = it instanceof Iterators.RangeIterator ri ? ri.next()
                  : it instanceof Iterators.ListIterator li ? li.next()
                  : it instanceof PyIter pi ? pi.next() : Ops.next(it);
              if (v == null) {
                stack[--sp] = null;
                pc = arg;
              } else {
                locals[instructions[pc++] >>> 8] = v;
              }
            }
            case Op.BINARY_OP_STORE_FAST -> {
              Object b = stack[--sp];
              Object a = stack[--sp];
              Object r = a instanceof Long x && b instanceof Long y ? Arith.longFast(arg & 0x7f, x, y)
                  : null;
              if (r == null) {
                r = Arith.binary(BINARY[arg & 0x7f], (arg & 0x80) != 0, a, b);
              }
              locals[instructions[pc++] >>> 8] = r; // pc moves on only once the operation worked
            }
            case Op.DELETE_FAST -> {
              if (locals[arg] == null) {
                throw Errors.unboundLocal(code.varNames[arg]);
              }
              locals[arg] = null;
            }
            case Op.LOAD_DEREF -> {
              Object v = f.cells[arg].value;
              if (v == null) {
                throw unboundCell(code, arg);
              }
              stack[sp++] = v;
            }
            case Op.LOAD_CLASSDEREF -> {
              String n = derefName(code, arg);
              Object v = f.namespace.get(n);
              if (v == null) {
                v = f.cells[arg].value;
                if (v == null) {
                  throw unboundCell(code, arg);
                }
              }
              stack[sp++] = v;
            }
            case Op.STORE_DEREF -> {
              f.cells[arg].value = stack[--sp];
            }
            case Op.DELETE_DEREF -> {
              if (f.cells[arg].value == null) {
                throw unboundCell(code, arg);
              }
              f.cells[arg].value = null;
            }
            case Op.LOAD_CLOSURE -> stack[sp++] = f.cells[arg];
            case Op.LOAD_GLOBAL -> {
              String n = names[arg];
              Object v = f.globals.get(n);
              if (v == null) {
                v = rt.builtins().get(n);
                if (v == null) {
                  throw Errors.nameError(n);
                }
              }
              stack[sp++] = v;
            }
            case Op.STORE_GLOBAL -> {
              f.globals.put(names[arg], stack[--sp]);
            }
            case Op.DELETE_GLOBAL -> {
              if (f.globals.remove(names[arg]) == null) {
                throw Errors.nameError(names[arg]);
              }
            }
            case Op.LOAD_NAME -> {
              String n = names[arg];
              Object v = f.namespace.get(n);
              if (v == null) {
                v = f.globals.get(n);
                if (v == null) {
                  v = rt.builtins().get(n);
                  if (v == null) {
                    throw Errors.nameError(n);
                  }
                }
              }
              stack[sp++] = v;
            }
            case Op.STORE_NAME -> {
              f.namespace.put(names[arg], stack[--sp]);
            }
            case Op.DELETE_NAME -> {
              if (f.namespace.remove(names[arg]) == null) {
                throw Errors.nameError(names[arg]);
              }
            }
            case Op.LOAD_ATTR -> stack[sp - 1] = Attributes.get(stack[sp - 1], names[arg]);
            case Op.STORE_ATTR -> {
              Attributes.set(stack[sp - 1], names[arg], stack[sp - 2]);
              sp -= 2;
            }
            case Op.DELETE_ATTR -> {
              Attributes.delete(stack[sp - 1], names[arg]);
              stack[--sp] = null;
            }
            case Op.LOAD_METHOD -> {
              Object obj = stack[sp - 1];
              Object method = Attributes.method(obj, names[arg]);
              if (method != null) {
                stack[sp - 1] = method;
                stack[sp++] = obj;
              } else {
                stack[sp - 1] = null;
                stack[sp++] = Attributes.get(obj, names[arg]);
              }
            }
            case Op.KW_NAMES -> kwNames = (String[]) consts[arg];
            case Op.CALL -> {
              int base = sp - arg - 2;
              Object first = stack[base];
              Object callable;
              int argStart;
              int argc;
              if (first == null) {
                callable = stack[base + 1];
                argStart = base + 2;
                argc = arg;
              } else {
                callable = first;
                argStart = base + 1;
                argc = arg + 1;
              }
              f.pc = pc;
              Object result;
              if (callable instanceof PyFunction fn) {
                result = call(fn, stack, argStart, argc, kwNames);
              } else {
                result = Ops.call(callable, Arrays.copyOfRange(stack, argStart, argStart + argc), kwNames);
              }
              kwNames = null;
              sp = base; // the arguments' slots are cleared lazily (see Frame)
              stack[sp++] = result;
            }
            case Op.CALL_FUNCTION_EX -> {
              PyDict kwargs = (arg & 1) != 0 ? (PyDict) stack[--sp] : null;
              PyTuple args = (PyTuple) stack[--sp];
              Object callable = stack[--sp];
              stack[sp] = null;
              stack[--sp] = null;
              f.pc = pc;
              stack[sp++] = Ops.callWithDict(callable, args.items(), kwargs);
            }
            case Op.BINARY_OP -> {
              Object b = stack[--sp];
              Object a = stack[sp - 1];
              Object r = a instanceof Long x && b instanceof Long y ? Arith.longFast(arg & 0x7f, x, y)
                  : null;
              stack[sp - 1] = r != null ? r : Arith.binary(BINARY[arg & 0x7f], (arg & 0x80) != 0, a, b);
            }
            case Op.UNARY_OP -> stack[sp - 1] = Arith.unary(UNARY[arg], stack[sp - 1]);
            case Op.COMPARE_OP -> {
              Object b = stack[--sp];
              Object a = stack[sp - 1];
              stack[sp - 1] = a instanceof Long x && b instanceof Long y
                  ? Ops.compareResult(arg, Long.compare(x, y))
                  : Ops.compare(COMPARE[arg], a, b);
            }
            case Op.IS_OP -> {
              Object b = stack[--sp];
              boolean same = Ops.is(stack[sp - 1], b);
              stack[sp - 1] = same != (arg == 1);
            }
            case Op.CONTAINS_OP -> {
              Object container = stack[--sp];
              boolean in = Ops.contains(container, stack[sp - 1]);
              stack[sp - 1] = in != (arg == 1);
            }
            case Op.BINARY_SUBSCR -> {
              Object key = stack[--sp];
              stack[sp - 1] = Ops.getItem(stack[sp - 1], key);
            }
            case Op.STORE_SUBSCR -> {
              Ops.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
              sp -= 3;
            }
            case Op.DELETE_SUBSCR -> {
              Ops.delItem(stack[sp - 2], stack[sp - 1]);
              stack[--sp] = null;
              stack[--sp] = null;
            }
            case Op.BUILD_SLICE -> {
              Object step = arg == 3 ? stack[--sp] : PyNone.NONE;
              Object stop = stack[--sp];
              Object start = stack[sp - 1];
              stack[sp] = null;
              if (arg == 3) {
                stack[sp + 1] = null;
              }
              stack[sp - 1] = new PySlice(start, stop, step);
            }
            case Op.BUILD_TUPLE -> {
              Object[] items = Arrays.copyOfRange(stack, sp - arg, sp);
              Arrays.fill(stack, sp - arg, sp, null);
              sp -= arg;
              stack[sp++] = new PyTuple(items);
            }
            case Op.BUILD_LIST -> {
              Object[] items = Arrays.copyOfRange(stack, sp - arg, sp);
              Arrays.fill(stack, sp - arg, sp, null);
              sp -= arg;
              stack[sp++] = new PyList(items);
            }
            case Op.BUILD_SET -> {
              PySet s = new PySet();
              for (int i = sp - arg; i < sp; i++) {
                s.add(stack[i]);
                stack[i] = null;
              }
              sp -= arg;
              stack[sp++] = s;
            }
            case Op.BUILD_MAP -> {
              PyDict d = new PyDict(arg);
              for (int i = sp - 2 * arg; i < sp; i += 2) {
                d.put(stack[i], stack[i + 1]);
              }
              Arrays.fill(stack, sp - 2 * arg, sp, null);
              sp -= 2 * arg;
              stack[sp++] = d;
            }
            case Op.BUILD_STRING -> {
              StringBuilder sb = new StringBuilder();
              for (int i = sp - arg; i < sp; i++) {
                sb.append((String) stack[i]);
                stack[i] = null;
              }
              sp -= arg;
              stack[sp++] = sb.toString();
            }
            case Op.LIST_APPEND -> {
              Object v = stack[--sp];
              ((PyList) stack[sp - arg]).append(v);
            }
            case Op.SET_ADD -> {
              Object v = stack[--sp];
              stack[sp] = null;
              ((PySet) stack[sp - arg]).add(v);
            }
            case Op.MAP_ADD -> {
              Object v = stack[--sp];
              Object k = stack[--sp];
              stack[sp] = null;
              stack[sp + 1] = null;
              ((PyDict) stack[sp - arg]).put(k, v);
            }
            case Op.LIST_EXTEND -> {
              Object it = stack[--sp];
              stack[sp] = null;
              Collections.extend((PyList) stack[sp - arg], it);
            }
            case Op.SET_UPDATE -> {
              Object it = stack[--sp];
              stack[sp] = null;
              Collections.update((PySet) stack[sp - arg], it);
            }
            case Op.DICT_UPDATE -> {
              Object m = stack[--sp];
              stack[sp] = null;
              Collections.dictUpdate((PyDict) stack[sp - arg], m, false, null);
            }
            case Op.DICT_MERGE -> {
              Object m = stack[--sp];
              stack[sp] = null;
              Collections.dictUpdate((PyDict) stack[sp - arg], m, true, stack[sp - arg - 2]);
            }
            case Op.LIST_TO_TUPLE -> stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
            case Op.FORMAT_VALUE -> {
              Object spec = (arg & 4) != 0 ? stack[--sp] : "";
              stack[sp] = null;
              Object v = stack[sp - 1];
              v = switch (arg & 3) {
                case 1 -> Repr.str(v);
                case 2 -> Repr.repr(v);
                case 3 -> Repr.ascii(v);
                default -> v;
              };
              stack[sp - 1] = v instanceof String s && ((String) spec).isEmpty()
                  ? s : Format.format(v, (String) spec);
            }
            case Op.UNPACK_SEQUENCE -> {
              Object[] items = Ops.unpack(stack[sp - 1], arg);
              sp--;
              for (int i = arg - 1; i >= 0; i--) {
                stack[sp++] = items[i];
              }
            }
            case Op.UNPACK_EX -> {
              int before = arg & 0xff;
              int after = arg >> 8;
              Object[] all = Ops.toArray(stack[--sp]);
              if (all.length < before + after) {
                throw Errors.valueError("not enough values to unpack (expected at least "
                    + (before + after) + ", got " + all.length + ")");
              }
              for (int i = all.length - 1; i >= all.length - after; i--) {
                stack[sp++] = all[i];
              }
              stack[sp++] = new PyList(Arrays.copyOfRange(all, before, all.length - after));
              for (int i = before - 1; i >= 0; i--) {
                stack[sp++] = all[i];
              }
            }
            case Op.JUMP -> {
              if (arg < pc && --fuel == 0) {
                rt.charge(f, pc - 1, FUEL);
                fuel = FUEL;
              }
              pc = arg;
            }
            case Op.COMPARE_JUMP -> {
              Object b = stack[--sp];
              Object a = stack[--sp];
              boolean t = a instanceof Long x && b instanceof Long y
                  ? Ops.compareLongs(arg & 7, x, y)
                  : Ops.truthy(Ops.compare(COMPARE[arg & 7], a, b));
              if (t == ((arg & 8) != 0)) {
                int target = arg >>> 4;
                if (target < pc && --fuel == 0) {
                  rt.charge(f, pc - 1, FUEL);
                  fuel = FUEL;
                }
                pc = target;
              }
            }
            case Op.POP_JUMP_IF_FALSE -> {
              Object v = stack[--sp];
              if (!(v == Boolean.TRUE || (v != Boolean.FALSE && Ops.truthy(v)))) {
                if (arg < pc && --fuel == 0) {
                  rt.charge(f, pc - 1, FUEL);
                  fuel = FUEL;
                }
                pc = arg;
              }
            }
            case Op.POP_JUMP_IF_TRUE -> {
              Object v = stack[--sp];
              if (v == Boolean.TRUE || (v != Boolean.FALSE && Ops.truthy(v))) {
                if (arg < pc && --fuel == 0) {
                  rt.charge(f, pc - 1, FUEL);
                  fuel = FUEL;
                }
                pc = arg;
              }
            }
            case Op.JUMP_IF_FALSE_OR_POP -> {
              if (!Ops.truthy(stack[sp - 1])) {
                pc = arg;
              } else {
                sp--;
              }
            }
            case Op.JUMP_IF_TRUE_OR_POP -> {
              if (Ops.truthy(stack[sp - 1])) {
                pc = arg;
              } else {
                sp--;
              }
            }
            case Op.POP_JUMP_IF_NONE -> {
              if (stack[--sp] == PyNone.NONE) {
                if (arg < pc && --fuel == 0) {
                  rt.charge(f, pc - 1, FUEL);
                  fuel = FUEL;
                }
                pc = arg;
              }
            }
            case Op.POP_JUMP_IF_NOT_NONE -> {
              if (stack[--sp] != PyNone.NONE) {
                if (arg < pc && --fuel == 0) {
                  rt.charge(f, pc - 1, FUEL);
                  fuel = FUEL;
                }
                pc = arg;
              }
            }
            case Op.GET_ITER -> stack[sp - 1] = Ops.iter(stack[sp - 1]);
            case Op.FOR_ITER -> {
              Object it = stack[sp - 1];
              // Direct calls for the commonest iterators keep this site from going megamorphic.
              Object v = it instanceof Iterators.RangeIterator ri ? ri.next()
                  : it instanceof Iterators.ListIterator li ? li.next()
                  : it instanceof PyIter pi ? pi.next() : Ops.next(it);
              if (v == null) {
                stack[--sp] = null;
                pc = arg;
              } else {
                stack[sp++] = v;
              }
            }
            case Op.RETURN_VALUE -> {
              if (fuel != FUEL) {
                rt.charge(f, pc - 1, FUEL - fuel);
              }
              Object v = stack[--sp];
              if (f.excInfo != null) {
                Arrays.fill(stack, sp, stack.length, null); // a generator's frame stays reachable
              }
              f.sp = FINISHED;
              f.pc = pc;
              return v;
            }
            case Op.YIELD_VALUE -> {
              if (fuel != FUEL) {
                rt.charge(f, pc - 1, FUEL - fuel);
              }
              Object v = stack[--sp];
              Arrays.fill(stack, sp, stack.length, null);
              f.sp = sp;
              f.pc = pc;
              f.delegating = arg == 1;
              return v;
            }
            case Op.GET_AWAITABLE -> stack[sp - 1] = Awaitables.awaitable(stack[sp - 1], arg);
            case Op.GET_YIELD_FROM_ITER -> stack[sp - 1] = Awaitables.yieldFromIterator(stack[sp - 1]);
            case Op.SEND -> {
              Object aw = stack[sp - 2];
              Step step;
              if (f.pendingThrow != null) {
                PyException e = f.pendingThrow;
                f.pendingThrow = null;
                step = Awaitables.throwInto(aw, e);
              } else {
                step = Awaitables.send(aw, stack[sp - 1]);
              }
              if (step instanceof Step.Yielded y) {
                stack[sp - 1] = y.value() == null ? PyNone.NONE : y.value();
              } else if (step instanceof Step.Returned r) {
                stack[--sp] = null;
                stack[sp - 1] = r.value() == null ? PyNone.NONE : r.value();
                pc = arg;
              } else {
                throw (PyException) ((Step.Raised) step).exception();
              }
            }
            case Op.MAKE_FUNCTION -> {
              CodeObject fc = (CodeObject) stack[--sp];
              stack[sp] = null;
              PyCell[] closure = null;
              if ((arg & 8) != 0) {
                Object[] cells = ((PyTuple) stack[--sp]).items();
                stack[sp] = null;
                closure = new PyCell[cells.length];
                for (int i = 0; i < cells.length; i++) {
                  closure[i] = (PyCell) cells[i];
                }
              }
              PyDict kwDefaults = null;
              if ((arg & 2) != 0) {
                kwDefaults = (PyDict) stack[--sp];
                stack[sp] = null;
              }
              Object[] defaults = null;
              if ((arg & 1) != 0) {
                defaults = ((PyTuple) stack[--sp]).items();
                stack[sp] = null;
              }
              stack[sp++] = new PyFunction(rt, fc, f.globals, defaults, kwDefaults, closure);
            }
            case Op.LOAD_BUILD_CLASS -> stack[sp++] = rt.buildClass();
            case Op.LOAD_ASSERTION_ERROR -> stack[sp++] = Types.ASSERTION_ERROR;
            case Op.IMPORT_NAME -> {
              Object fromList = stack[--sp];
              stack[sp] = null;
              Object level = stack[sp - 1];
              f.pc = pc;
              stack[sp - 1] = rt.importName(names[arg], fromList, level);
            }
            case Op.IMPORT_FROM -> {
              stack[sp] = Imports.importFrom(stack[sp - 1], names[arg]);
              sp++;
            }
            case Op.IMPORT_STAR -> {
              Imports.importStar(stack[--sp], f.namespace != null ? f.namespace : f.globals);
              stack[sp] = null;
            }
            case Op.RAISE_VARARGS -> {
              PyException e = raise(f, stack, sp, arg);
              Arrays.fill(stack, sp - arg, sp, null);
              sp -= arg;
              // A bare 'raise' re-raises with the traceback as it is (CPython skips
              // PyTraceBack_Here for it), unless there was nothing to re-raise.
              reraise = arg == 0 && !e.traceback().isEmpty();
              throw e;
            }
            case Op.RERAISE -> {
              Object e = stack[--sp];
              stack[sp] = null;
              reraise = true;
              throw (PyException) e;
            }
            case Op.PUSH_EXC_INFO -> {
              Object e = stack[sp - 1];
              ExcInfo info = rt.excInfo();
              stack[sp - 1] = info.value;
              stack[sp++] = e;
              info.value = (PyException) e;
            }
            case Op.POP_EXCEPT -> {
              rt.excInfo().value = (PyException) stack[--sp];
              stack[sp] = null;
            }
            case Op.CHECK_EXC_MATCH -> {
              Object type = stack[sp - 1];
              stack[sp - 1] = Exceptions.matches((PyException) stack[sp - 2], type);
            }
            case Op.CHECK_EG_MATCH -> {
              Object[] restAndMatch = ExceptionGroups.match(stack[sp - 2], stack[sp - 1]);
              if (restAndMatch[1] == null) {
                stack[sp - 1] = PyNone.NONE;
              } else {
                stack[sp - 2] = restAndMatch[0];
                stack[sp - 1] = restAndMatch[1];
                rt.excInfo().value = (PyException) restAndMatch[1];
              }
            }
            case Op.PREP_RERAISE_STAR -> {
              PyList raised = (PyList) stack[--sp];
              stack[sp] = null;
              stack[sp - 1] = ExceptionGroups.prepareReraise(stack[sp - 1], raised);
            }
            case Op.BEFORE_WITH -> {
              Object ctx = stack[sp - 1];
              Object[] exitAndEnter = ContextManagers.enter(ctx);
              stack[sp - 1] = exitAndEnter[0];
              stack[sp++] = exitAndEnter[1];
            }
            case Op.BEFORE_ASYNC_WITH -> {
              Object ctx = stack[sp - 1];
              Object[] exitAndEnter = ContextManagers.enterAsync(ctx);
              stack[sp - 1] = exitAndEnter[0];
              stack[sp++] = exitAndEnter[1];
            }
            case Op.WITH_EXCEPT_START -> {
              PyException e = (PyException) stack[sp - 1];
              Object exit = stack[sp - 3];
              stack[sp++] = Ops.call(exit, new Object[] {e.type(), e, PyNone.NONE}, null);
            }
            case Op.GET_AITER -> stack[sp - 1] = Awaitables.aiter(stack[sp - 1]);
            case Op.GET_ANEXT -> {
              stack[sp] = Awaitables.anext(stack[sp - 1]);
              sp++;
            }
            case Op.END_ASYNC_FOR -> {
              PyException e = (PyException) stack[sp - 1];
              if (!e.isInstance(Types.STOP_ASYNC_ITERATION)) {
                reraise = true;
                throw e;
              }
              stack[--sp] = null;
              stack[--sp] = null;
            }
            case Op.GET_LEN -> {
              stack[sp] = Ops.len(stack[sp - 1]);
              sp++;
            }
            case Op.MATCH_SEQUENCE -> {
              stack[sp] = Matching.isSequence(stack[sp - 1]);
              sp++;
            }
            case Op.MATCH_MAPPING -> {
              stack[sp] = Matching.isMapping(stack[sp - 1]);
              sp++;
            }
            case Op.MATCH_KEYS -> {
              stack[sp] = Matching.keys(stack[sp - 2], (PyTuple) stack[sp - 1]);
              sp++;
            }
            case Op.MATCH_CLASS -> {
              PyTuple kwAttrs = (PyTuple) stack[--sp];
              Object cls = stack[--sp];
              stack[sp] = null;
              stack[sp + 1] = null;
              stack[sp - 1] = Matching.attributes(stack[sp - 1], cls, arg, kwAttrs);
            }
            case Op.COPY_DICT_WITHOUT_KEYS -> {
              PyTuple keys = (PyTuple) stack[--sp];
              stack[sp] = null;
              stack[sp - 1] = Matching.without(stack[sp - 1], keys);
            }
            default -> throw new IllegalStateException("unknown opcode " + (ins & 0xff));
          }
        }
      } catch (PyException e) {
        int at = pc - 1;
        if (!reraise) {
          if (e.traceback().isEmpty() && Double.isNaN(e.raisedAt())) {
            e.setRaised(rt.outputTime(), rt.whereRunning());
            if (e.isInstance(Types.NAME_ERROR)) {
              e.suggestionGlobals = f.globals;
              e.suggestionBuiltins = rt.builtins();
            }
          }
          e.addTraceback(new TracebackEntry(code, at));
          if (!e.contextAttached) {
            Exceptions.attachContext(e, rt.excInfo().topmost());
          }
        }
        reraise = false;
        kwNames = null;
        int h = at >= 0 ? code.handlerOf[at] : -1;
        if (h < 0) {
          if (f.excInfo != null) {
            Arrays.fill(stack, 0, stack.length, null);
          }
          f.sp = FINISHED;
          f.pc = pc;
          throw e;
        }
        int d = code.handlerDepth[h];
        Arrays.fill(stack, d, stack.length, null);
        sp = d;
        stack[sp++] = e;
        pc = code.handlerTarget[h];
      } catch (StackOverflowError so) {
        pending = Errors.recursion();
      } catch (LimitExceededException limit) {
        f.sp = FINISHED;
        throw limit;
      }
    }
  }

  private PyException raise(Frame f, Object[] stack, int sp, int argc) {
    if (argc == 0) {
      PyException active = rt.excInfo().topmost();
      if (active == null) {
        return Errors.runtimeError("No active exception to reraise");
      }
      return active;
    }
    Object cause = argc == 2 ? stack[sp - 1] : null;
    Object value = stack[sp - argc];
    PyException e = Exceptions.instantiate(value);
    if (argc == 2) {
      if (cause == PyNone.NONE) {
        e.setCause(null);
      } else {
        e.setCause(Exceptions.instantiate(cause));
      }
    }
    Exceptions.attachContext(e, rt.excInfo().topmost());
    return e;
  }

  private static PyException unboundCell(CodeObject code, int index) {
    String name = derefName(code, index);
    if (index < code.cellVars.length) {
      return Errors.unboundLocal(name);
    }
    return Errors.create(Types.NAME_ERROR, "cannot access free variable '" + name
        + "' where it is not associated with a value in enclosing scope");
  }

  private static String derefName(CodeObject code, int index) {
    return index < code.cellVars.length
        ? code.cellVars[index]
        : code.freeVars[index - code.cellVars.length];
  }

  /** A coroutine or generator object's view of the interpreter: resume its frame. */
  Step resume(Frame f, Object sent, PyException thrown, ExcInfo own) {
    ExcInfo saved = rt.excInfo();
    own.previous = saved;
    rt.setExcInfo(own);
    try {
      if (thrown == null && f.pc > 0) {
        f.stack[f.sp++] = sent == null ? PyNone.NONE : sent;
      }
      Object v = execute(f, thrown);
      if (f.sp == FINISHED) {
        return new Step.Returned(v);
      }
      return new Step.Yielded(v == PyNone.NONE ? null : v);
    } catch (PyException e) {
      return new Step.Raised(e);
    } finally {
      rt.setExcInfo(saved);
      own.previous = null;
    }
  }

  Runtime runtime() {
    return rt;
  }

  /** A Java coroutine object's protocol, for awaiting Python coroutines from Java code. */
  static Coroutine coroutineOf(Object o) {
    return (Coroutine) o;
  }
}
