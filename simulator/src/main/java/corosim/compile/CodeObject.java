package corosim.compile;

import java.util.List;

/**
 * One compiled function, lambda, comprehension, class body or module: the instruction array,
 * constant pool, names, local slots and the tables that map instructions to source lines and
 * exception handlers. Immutable except {@link #runtimeConstants}, which the VM fills once with
 * its own values for the constants.
 *
 * <p>Constants are language-level: {@code BigInteger}, {@code Double}, {@code String},
 * {@code Boolean}, {@code Expr.Singleton}, {@code Expr.Imaginary}, {@code Expr.Bytes},
 * {@link ConstTuple}, {@link KwNames}, {@link CodeObject}; the VM converts them.
 */
public final class CodeObject {
  public static final int VARARGS = 1;
  public static final int VARKEYWORDS = 2;
  public static final int GENERATOR = 4;
  public static final int COROUTINE = 8;
  public static final int ASYNC_GENERATOR = 16;
  /** Class bodies and the module: names live in a dict (LOAD_NAME / STORE_NAME). */
  public static final int NAMESPACE = 32;

  public final String name;
  public final String qualname;
  public final String filename;
  public final int flags;
  public final int argCount;
  public final int posOnlyCount;
  public final int kwOnlyCount;
  public final int[] code;
  public final Object[] constants;
  public final String[] names;
  /** Local slot names: parameters first (positional, keyword-only, *args, **kwargs). */
  public final String[] varNames;
  /** Variables of this scope that inner scopes capture. */
  public final String[] cellVars;
  /** Variables this scope captures from enclosing ones. */
  public final String[] freeVars;
  /** For each cell variable, the parameter slot it starts from, or -1. */
  public final int[] cellFromArg;
  public final int stackSize;
  public final int firstLine;
  /**
   * Per instruction: the source span (1-based lines and columns, end exclusive) of the
   * construct it belongs to, as CPython's co_positions (tracebacks underline it).
   */
  public final int[] lines;
  public final int[] columns;
  public final int[] endLines;
  public final int[] endColumns;
  /** Per instruction: the index of its exception handler in the handler tables, or -1. */
  public final int[] handlerOf;
  public final int[] handlerTarget;
  public final int[] handlerDepth;
  /** A function's docstring ({@code __doc__}), or null. */
  public final String doc;
  /** Filled by the VM with its own copy of {@link #code}, superinstructions included. */
  public volatile int[] quickened;
  /** Filled by the VM with its values for {@link #constants}. */
  public volatile Object[] runtimeConstants;

  CodeObject(
      String name,
      String qualname,
      String filename,
      int flags,
      int argCount,
      int posOnlyCount,
      int kwOnlyCount,
      int[] code,
      Object[] constants,
      String[] names,
      String[] varNames,
      String[] cellVars,
      String[] freeVars,
      int[] cellFromArg,
      int stackSize,
      int firstLine,
      int[] lines,
      int[] columns,
      int[] endLines,
      int[] endColumns,
      int[] handlerOf,
      int[] handlerTarget,
      int[] handlerDepth,
      String doc) {
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.flags = flags;
    this.argCount = argCount;
    this.posOnlyCount = posOnlyCount;
    this.kwOnlyCount = kwOnlyCount;
    this.code = code;
    this.constants = constants;
    this.names = names;
    this.varNames = varNames;
    this.cellVars = cellVars;
    this.freeVars = freeVars;
    this.cellFromArg = cellFromArg;
    this.stackSize = stackSize;
    this.firstLine = firstLine;
    this.lines = lines;
    this.columns = columns;
    this.endLines = endLines;
    this.endColumns = endColumns;
    this.handlerOf = handlerOf;
    this.handlerTarget = handlerTarget;
    this.handlerDepth = handlerDepth;
    this.doc = doc;
  }

  public boolean is(int flag) {
    return (flags & flag) != 0;
  }

  /** Slots a frame needs: locals, then cells and free variables. */
  public int frameSlots() {
    return varNames.length;
  }

  /** Number of parameters including *args and **kwargs. */
  public int totalArgs() {
    return argCount + kwOnlyCount + (is(VARARGS) ? 1 : 0) + (is(VARKEYWORDS) ? 1 : 0);
  }

  public int lineAt(int pc) {
    return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
  }

  /** A tuple of constants: a constant tuple display or an import's from-list. */
  public record ConstTuple(List<Object> items) {
    public ConstTuple {
      items = List.copyOf(items);
    }
  }

  /** The keyword names of a KW_NAMES instruction. */
  public record KwNames(List<String> names) {
    public KwNames {
      names = List.copyOf(names);
    }
  }

  @Override
  public String toString() {
    return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
  }
}
