package corosim.compile;

/**
 * The instruction set, in one place. An instruction is one {@code int}: the opcode's ordinal in
 * the low 8 bits and an unsigned 24-bit argument above it. Stack effects are written
 * {@code [before] -> [after]}, top of stack last. Jump arguments are absolute instruction
 * indices. The set follows CPython 3.11's where that is simple, so its compiler's shapes carry
 * over; see {@link Compiler} for how statements lower to it.
 */
public enum Opcode {
  NOP,
  /** {@code [x] -> []} */
  POP_TOP,
  /** {@code COPY i}: push a copy of the i-th item from the top (1 = top). */
  COPY,
  /** {@code SWAP i}: swap the top with the i-th item from the top. */
  SWAP,
  /** {@code [] -> [NULL]}: marks a plain call (no self), see CALL. */
  PUSH_NULL,

  /** {@code [] -> [consts[arg]]} */
  LOAD_CONST,
  /** Fast locals by slot; LOAD_FAST raises UnboundLocalError on an unbound slot. */
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  /** Cells by index into the frame's cells (cell variables first, then free variables). */
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  /** {@code [] -> [cell]}: push the cell itself, to build a closure. */
  LOAD_CLOSURE,
  /** In a class body: the class namespace first, then the cell. */
  LOAD_CLASSDEREF,
  /** Module globals, then builtins, by names[arg]. */
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  /** Class bodies: the namespace dict, then globals, then builtins. */
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,

  /** {@code [obj] -> [obj.names[arg]]} */
  LOAD_ATTR,
  /** {@code [value, obj] -> []} */
  STORE_ATTR,
  DELETE_ATTR,
  /**
   * {@code [obj] -> [method, obj]} when obj.name is a plain method, else
   * {@code [NULL, obj.name]}; CALL then passes obj as the first argument or not.
   */
  LOAD_METHOD,
  /** {@code [] -> []}: the next CALL's last len(consts[arg]) arguments are keywords named so. */
  KW_NAMES,
  /**
   * {@code [NULL|callable, callable|self, arg1..argN] -> [result]}: see LOAD_METHOD and
   * PUSH_NULL.
   */
  CALL,
  /**
   * {@code [NULL, callable, args tuple, kwargs dict if arg&1] -> [result]}: a call with
   * unpacking.
   */
  CALL_FUNCTION_EX,

  /** {@code [a, b] -> [a op b]}; arg = Operator.Binary ordinal, | 0x80 for in-place. */
  BINARY_OP,
  /** {@code [a] -> [op a]}; arg = Operator.Unary ordinal. */
  UNARY_OP,
  /** {@code [a, b] -> [a op b]}; arg = Operator.Compare ordinal (EQ..GE only). */
  COMPARE_OP,
  /** {@code [a, b] -> [a is b]}, arg 1 for {@code is not}. */
  IS_OP,
  /** {@code [a, b] -> [a in b]}, arg 1 for {@code not in}. */
  CONTAINS_OP,

  /** {@code [obj, key] -> [obj[key]]} */
  BINARY_SUBSCR,
  /** {@code [value, obj, key] -> []} */
  STORE_SUBSCR,
  /** {@code [obj, key] -> []} */
  DELETE_SUBSCR,
  /** {@code [lower, upper(, step)] -> [slice]}; arg 2 or 3. */
  BUILD_SLICE,

  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  /** {@code [k1, v1, .. kN, vN] -> [dict]} */
  BUILD_MAP,
  /** {@code [s1..sN] -> [s1 + .. + sN]}: concatenates strings (f-strings). */
  BUILD_STRING,
  /** {@code [list, .. x] -> [list, ..]}: list at position arg from the top after popping x. */
  LIST_APPEND,
  SET_ADD,
  /** {@code [dict, .., k, v] -> [dict, ..]}: dict at position arg after popping k, v. */
  MAP_ADD,
  /** {@code [list, .. iterable] -> [list, ..]} */
  LIST_EXTEND,
  SET_UPDATE,
  /** {@code [dict, .. mapping] -> [dict, ..]}: later keys win (dict displays). */
  DICT_UPDATE,
  /** Like DICT_UPDATE for {@code **kwargs} in calls: a repeated key is a TypeError. */
  DICT_MERGE,
  /** {@code [list] -> [tuple]} */
  LIST_TO_TUPLE,
  /**
   * {@code [value (spec)] -> [str]}: arg&3 = conversion (0 none, 1 str, 2 repr, 3 ascii),
   * arg&4 = a spec is on the stack.
   */
  FORMAT_VALUE,
  /** {@code [seq] -> [xN .. x1]}: exactly arg items, first item on top. */
  UNPACK_SEQUENCE,
  /** {@code [seq] -> [after items.. list, before items..]}: arg = before | after << 8. */
  UNPACK_EX,

  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  /** Jumps keeping the value when false, else pops it (the {@code and} operator). */
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,

  /** {@code [iterable] -> [iterator]} */
  GET_ITER,
  /** {@code [it] -> [it, next]} or, when exhausted, {@code [] } and jump to arg. */
  FOR_ITER,

  /** {@code [value] -> }: return from the frame. */
  RETURN_VALUE,
  /**
   * {@code [value] -> }: suspend the generator or coroutine; on resumption the sent value is
   * pushed. arg 1 marks the yield of a SEND loop (a throw then goes to the awaited object).
   */
  YIELD_VALUE,
  /** {@code [obj] -> [awaitable]}: coroutine itself, or {@code obj.__await__()}; arg = context. */
  GET_AWAITABLE,
  /** {@code [iterable] -> [iterator]} for {@code yield from}. */
  GET_YIELD_FROM_ITER,
  /**
   * {@code [aw, v] -> [aw, y]} when aw yields y (falls through to YIELD_VALUE 1), or
   * {@code [r]} and jump to arg when aw returns r.
   */
  SEND,

  /**
   * {@code [defaults?, kwdefaults?, closure?, code] -> [function]}: arg bits 1 defaults tuple,
   * 2 kw-defaults dict, 8 closure tuple, pushed in that order below the code object.
   */
  MAKE_FUNCTION,
  /** {@code [] -> [__build_class__]} */
  LOAD_BUILD_CLASS,
  /** {@code [] -> [AssertionError]} */
  LOAD_ASSERTION_ERROR,

  /** {@code [level, fromlist] -> [module]}: import names[arg]. */
  IMPORT_NAME,
  /** {@code [module] -> [module, module.names[arg]]} */
  IMPORT_FROM,
  /** {@code [module] -> []}: {@code from m import *}. */
  IMPORT_STAR,

  /** arg 0: re-raise the active exception; 1: {@code [exc]}; 2: {@code [exc, cause]}. */
  RAISE_VARARGS,
  /** {@code [exc] -> }: raise exc again, its traceback unchanged. */
  RERAISE,
  /** {@code [exc] -> [previous, exc]}: exc becomes the exception being handled. */
  PUSH_EXC_INFO,
  /** {@code [previous] -> []}: restores the exception being handled. */
  POP_EXCEPT,
  /** {@code [exc, type] -> [exc, matches]} */
  CHECK_EXC_MATCH,
  /** {@code [eg, type] -> [rest, match]}: except* split (match None if nothing matched). */
  CHECK_EG_MATCH,
  /** {@code [orig, raised list] -> [exc or None]}: what an except* block re-raises. */
  PREP_RERAISE_STAR,

  /** {@code [ctx] -> [ctx.__exit__, ctx.__enter__()]} */
  BEFORE_WITH,
  /** {@code [ctx] -> [ctx.__aexit__, ctx.__aenter__()]} (then awaited) */
  BEFORE_ASYNC_WITH,
  /** {@code [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]} */
  WITH_EXCEPT_START,
  /** {@code [aiterable] -> [aiter]} */
  GET_AITER,
  /** {@code [aiter] -> [aiter, awaitable of __anext__()]} */
  GET_ANEXT,
  /** {@code [aiter, exc] -> []} if exc is StopAsyncIteration, else re-raise exc. */
  END_ASYNC_FOR,

  /** {@code [x] -> [x, len(x)]} */
  GET_LEN,
  /** {@code [x] -> [x, is sequence pattern subject]} */
  MATCH_SEQUENCE,
  /** {@code [x] -> [x, is mapping]} */
  MATCH_MAPPING,
  /** {@code [x, keys tuple] -> [x, keys, values tuple or None]} */
  MATCH_KEYS,
  /**
   * {@code [x, cls, kw names tuple] -> [attributes tuple or None]}; arg = positional count
   * (attributes named by {@code cls.__match_args__}, then the keyword ones).
   */
  MATCH_CLASS,
  /** {@code [mapping, keys tuple] -> [dict of the other items]} */
  COPY_DICT_WITHOUT_KEYS,

  /**
   * {@code [a, b] -> []}, jumping when {@code a op b} is true (arg bit 3 set) or false (clear):
   * COMPARE_OP fused with the POP_JUMP_IF_TRUE/FALSE that follows it, emitted by
   * {@link CodeBuilder}. arg = op ordinal (bits 0-2) | jump-if-true (bit 3) | target << 4.
   */
  COMPARE_JUMP,

  // Superinstructions: never emitted by the compiler. The VM rewrites the first of two
  // adjacent instructions into one of these in its own copy of the code; the second stays in
  // place (jumps to it still work) and the superinstruction runs it too, then skips it.

  /** LOAD_FAST + LOAD_FAST. */
  LOAD_FAST_LOAD_FAST,
  /** LOAD_FAST + LOAD_CONST. */
  LOAD_FAST_LOAD_CONST,
  /** STORE_FAST + LOAD_FAST. */
  STORE_FAST_LOAD_FAST,
  /** FOR_ITER + STORE_FAST: the next item goes straight into the local. */
  FOR_ITER_STORE_FAST,
  /** BINARY_OP + STORE_FAST: the result goes straight into the local. */
  BINARY_OP_STORE_FAST;

  private static final Opcode[] VALUES = values();

  /** Largest argument an instruction can carry. */
  public static final int MAX_ARG = (1 << 24) - 1;

  public static Opcode of(int instruction) {
    return VALUES[instruction & 0xff];
  }

  public static int arg(int instruction) {
    return instruction >>> 8;
  }

  public int encode(int arg) {
    if (arg < 0 || arg > MAX_ARG) {
      throw new IllegalArgumentException("argument of " + this + " out of range: " + arg);
    }
    return ordinal() | arg << 8;
  }
}
