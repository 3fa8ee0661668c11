package corosim.vm;

import corosim.compile.CodeObject;

/**
 * One activation of a code object, entirely on the heap: fast locals, cells, operand stack and
 * program counter. A generator or coroutine keeps its frame between resumptions; suspension is a
 * return from {@link Interpreter#execute} with {@code pc} and the stack kept here.
 *
 * <p>Invariant: while the frame is suspended or finished, stack slots at and above {@code sp}
 * are null (while it runs they may hold values already popped; suspending, returning and
 * unwinding clear them); while suspended, {@code pc} is the instruction after the YIELD_VALUE
 * and {@code delegating} tells whether it belongs to a SEND loop (then a thrown exception goes
 * to the awaited object first).
 */
final class Frame {
  final CodeObject code;
  final PyFunction function;
  final PyDict globals;
  /** The namespace of a module or class body (LOAD_NAME/STORE_NAME), else null. */
  final PyDict namespace;
  final Object[] locals;
  final PyCell[] cells;
  final Object[] stack;
  final Object[] constants;
  int sp;
  int pc;
  boolean delegating;
  /** An exception to deliver to the awaited object at the next SEND. */
  PyException pendingThrow;
  /** The exception being handled in this frame's generator/coroutine ({@code sys.exc_info}). */
  final ExcInfo excInfo;

  Frame(CodeObject code, PyFunction function, PyDict globals, PyDict namespace, Object[] constants,
      ExcInfo excInfo) {
    this.code = code;
    this.function = function;
    this.globals = globals;
    this.namespace = namespace;
    this.locals = new Object[code.varNames.length];
    int ncells = code.cellVars.length + code.freeVars.length;
    this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
    this.stack = new Object[code.stackSize];
    this.constants = constants;
    this.excInfo = excInfo;
  }

  private static final PyCell[] NO_CELLS = new PyCell[0];

  int line() {
    return code.lineAt(pc > 0 ? pc - 1 : 0);
  }
}
