package corosim.vm;

import corosim.compile.CodeObject;
import corosim.compile.Opcode;

/**
 * Rewrites a code object's instructions for the interpreter, once: common adjacent pairs
 * become one superinstruction (CPython 3.11 quickens the same way), which saves a dispatch
 * and the operand stack traffic between the two. The second instruction stays in place, so
 * positions, handlers and jump targets are unchanged.
 */
final class Quickener {
  private Quickener() {}

  static int[] of(CodeObject code) {
    int[] q = code.quickened;
    if (q == null) {
      q = quicken(code.code);
      code.quickened = q;
    }
    return q;
  }

  static int[] quicken(int[] code) {
    int[] q = code.clone();
    for (int i = 0; i + 1 < code.length; i++) {
      Opcode first = Opcode.of(code[i]);
      Opcode second = Opcode.of(code[i + 1]);
      Opcode fused = switch (first) {
        case LOAD_FAST -> second == Opcode.LOAD_FAST ? Opcode.LOAD_FAST_LOAD_FAST
            : second == Opcode.LOAD_CONST ? Opcode.LOAD_FAST_LOAD_CONST : null;
        case STORE_FAST -> second == Opcode.LOAD_FAST ? Opcode.STORE_FAST_LOAD_FAST : null;
        case FOR_ITER -> second == Opcode.STORE_FAST ? Opcode.FOR_ITER_STORE_FAST : null;
        case BINARY_OP -> second == Opcode.STORE_FAST ? Opcode.BINARY_OP_STORE_FAST : null;
        default -> null;
      };
      if (fused != null) {
        q[i] = fused.encode(Opcode.arg(code[i]));
      }
    }
    return q;
  }
}
