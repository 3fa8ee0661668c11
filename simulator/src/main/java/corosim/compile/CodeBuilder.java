package corosim.compile;

import corosim.lang.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one code object: instructions with their source positions and exception handler,
 * constant and name pools, and the operand stack depth, tracked instruction by instruction so
 * handlers know the depth to unwind to and frames know their stack size.
 *
 * <p>Invariant: {@code depth} is the stack depth before the next instruction, or -1 after an
 * unconditional transfer until a label with a known depth is bound. Instructions emitted while
 * the depth is -1 are unreachable and dropped.
 */
final class CodeBuilder {
  private int[] code = new int[64];
  private int[] lines = new int[64];
  private int[] columns = new int[64];
  private int[] endLines = new int[64];
  private int[] endColumns = new int[64];
  private int[] handlerOf = new int[64];
  private int size;

  private final List<Object> constants = new ArrayList<>();
  private final Map<Object, Integer> constantIndex = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> nameIndex = new HashMap<>();

  private final List<Label> handlerTargets = new ArrayList<>();
  private final List<Integer> handlerDepths = new ArrayList<>();
  private final List<Integer> handlerStack = new ArrayList<>();

  private int depth;
  private int maxDepth;
  private int line = 1;
  private int column = 1;
  private int endLine = 1;
  private int endColumn = 1;

  int size() {
    return size;
  }

  int depth() {
    return depth;
  }

  boolean reachable() {
    return depth >= 0;
  }

  void setPosition(SourceSpan span) {
    if (span != null) {
      line = span.line();
      column = span.col();
      endLine = span.endLine();
      endColumn = span.endCol();
    }
  }

  /** The position instructions get now (to restore it after a sub-expression). */
  SourceSpan position() {
    return new SourceSpan(line, column, endLine, endColumn);
  }

  int line() {
    return line;
  }

  void emit(Opcode op, int arg) {
    if (depth < 0) {
      return; // unreachable (after return, raise or jump, before any label): dead code
    }
    grow();
    code[size] = op.encode(arg);
    lines[size] = line;
    columns[size] = column;
    endLines[size] = endLine;
    endColumns[size] = endColumn;
    handlerOf[size] = handlerStack.isEmpty() ? -1 : handlerStack.get(handlerStack.size() - 1);
    size++;
    depth += StackEffect.fallThrough(op, arg);
    if (depth < 0) {
      throw new IllegalStateException("stack underflow compiling " + op + " at line " + line);
    }
    maxDepth = Math.max(maxDepth, depth);
    if (StackEffect.endsBlock(op)) {
      depth = -1;
    }
  }

  void emit(Opcode op) {
    emit(op, 0);
  }

  void emitJump(Opcode op, Label target) {
    if (depth < 0) {
      return;
    }
    if ((op == Opcode.POP_JUMP_IF_FALSE || op == Opcode.POP_JUMP_IF_TRUE) && size > 0
        && size > boundAt && Opcode.of(code[size - 1]) == Opcode.COMPARE_OP) {
      fuseCompareJump(op == Opcode.POP_JUMP_IF_TRUE, target);
      return;
    }
    int jumpDepth = depth + StackEffect.onJump(op, 0);
    noteDepth(target, jumpDepth);
    if (target.position >= 0) {
      emit(op, target.position);
    } else {
      target.fixups.add(size);
      emit(op, 0);
    }
  }

  /**
   * Turns the COMPARE_OP just emitted and a conditional jump into one COMPARE_JUMP (no label
   * sits between them, so nothing jumps to the second): one dispatch and no bool object.
   */
  private void fuseCompareJump(boolean whenTrue, Label target) {
    int at = size - 1;
    int cmp = Opcode.arg(code[at]) & 7;
    int flags = cmp | (whenTrue ? 8 : 0);
    depth -= 1; // the jump's pop (the comparison's own effect is already counted)
    noteDepth(target, depth);
    if (target.position >= 0) {
      code[at] = Opcode.COMPARE_JUMP.encode(flags | target.position << 4);
    } else {
      code[at] = Opcode.COMPARE_JUMP.encode(flags);
      target.fixups.add(at);
    }
  }

  /** Where the last label was bound: an instruction there may be a jump target. */
  private int boundAt = -1;

  void bind(Label label) {
    if (label.position >= 0) {
      throw new IllegalStateException("label bound twice");
    }
    label.position = size;
    boundAt = size;
    for (int at : label.fixups) {
      int op = code[at] & 0xff;
      if (op == Opcode.COMPARE_JUMP.ordinal()) {
        int flags = Opcode.arg(code[at]) & 0xf;
        code[at] = Opcode.COMPARE_JUMP.encode(flags | size << 4);
      } else {
        code[at] = op | size << 8;
      }
    }
    if (depth < 0) {
      depth = label.depth; // stays unreachable when nothing jumps here
    } else if (label.depth >= 0 && label.depth != depth) {
      throw new IllegalStateException(
          "inconsistent stack depth at label: " + label.depth + " vs " + depth + " (line "
              + line + ")");
    }
    if (depth >= 0) {
      label.depth = depth;
    }
  }

  /** Sets the depth for code reached only through a handler (the exception is on the stack). */
  void enterHandlerCode(int stackDepth) {
    depth = stackDepth;
    maxDepth = Math.max(maxDepth, depth);
  }

  private void noteDepth(Label target, int d) {
    if (target.depth < 0) {
      target.depth = d;
    }
    maxDepth = Math.max(maxDepth, d);
  }

  /** Starts a region whose exceptions go to {@code target} with the stack cut to {@code depth}. */
  int pushHandler(Label target, int stackDepth) {
    handlerTargets.add(target);
    handlerDepths.add(stackDepth);
    int index = handlerTargets.size() - 1;
    handlerStack.add(index);
    noteDepth(target, stackDepth + 1);
    return index;
  }

  void popHandler() {
    handlerStack.remove(handlerStack.size() - 1);
  }

  /** The active handler indices, innermost last (for temporarily leaving regions). */
  List<Integer> handlerStack() {
    return handlerStack;
  }

  void restoreHandlers(List<Integer> saved) {
    handlerStack.clear();
    handlerStack.addAll(saved);
  }

  int constant(Object value) {
    Object key = value instanceof CodeObject ? new IdentityKey(value) : List.of(value.getClass(), value);
    Integer i = constantIndex.get(key);
    if (i == null) {
      constants.add(value);
      i = constants.size() - 1;
      constantIndex.put(key, i);
    }
    return i;
  }

  int name(String n) {
    Integer i = nameIndex.get(n);
    if (i == null) {
      names.add(n);
      i = names.size() - 1;
      nameIndex.put(n, i);
    }
    return i;
  }

  private void grow() {
    if (size == code.length) {
      int n = size * 2;
      code = Arrays.copyOf(code, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
      endLines = Arrays.copyOf(endLines, n);
      endColumns = Arrays.copyOf(endColumns, n);
      handlerOf = Arrays.copyOf(handlerOf, n);
    }
  }

  CodeObject build(
      String name,
      String qualname,
      String filename,
      int flags,
      int argCount,
      int posOnlyCount,
      int kwOnlyCount,
      String[] varNames,
      String[] cellVars,
      String[] freeVars,
      int[] cellFromArg,
      int firstLine,
      String doc) {
    int[] targets = new int[handlerTargets.size()];
    int[] depths = new int[handlerTargets.size()];
    for (int i = 0; i < targets.length; i++) {
      if (handlerTargets.get(i).position < 0) {
        throw new IllegalStateException("unbound handler label in " + qualname);
      }
      targets[i] = handlerTargets.get(i).position;
      depths[i] = handlerDepths.get(i);
    }
    return new CodeObject(
        name,
        qualname,
        filename,
        flags,
        argCount,
        posOnlyCount,
        kwOnlyCount,
        Arrays.copyOf(code, size),
        constants.toArray(),
        names.toArray(new String[0]),
        varNames,
        cellVars,
        freeVars,
        cellFromArg,
        maxDepth + 2,
        firstLine,
        Arrays.copyOf(lines, size),
        Arrays.copyOf(columns, size),
        Arrays.copyOf(endLines, size),
        Arrays.copyOf(endColumns, size),
        Arrays.copyOf(handlerOf, size),
        targets,
        depths,
        doc);
  }

  private record IdentityKey(Object o) {
    @Override
    public boolean equals(Object other) {
      return other instanceof IdentityKey k && k.o == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(o);
    }
  }
}
