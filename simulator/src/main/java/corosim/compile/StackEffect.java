package corosim.compile;

/** How each instruction changes the operand stack depth: on fall-through and when it jumps. */
final class StackEffect {
  private StackEffect() {}

  static int fallThrough(Opcode op, int arg) {
    return switch (op) {
      case STORE_FAST_LOAD_FAST, FOR_ITER_STORE_FAST -> 0;
      case LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST -> 2;
      case BINARY_OP_STORE_FAST -> -2;
      case NOP, SWAP, LOAD_ATTR, KW_NAMES, UNARY_OP, LIST_TO_TUPLE, GET_ITER, YIELD_VALUE,
          GET_AWAITABLE, GET_YIELD_FROM_ITER, SEND, CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_AITER,
          DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, JUMP -> 0;
      case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_OP,
          COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND,
          SET_UPDATE, DICT_UPDATE, DICT_MERGE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
          POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
          RETURN_VALUE, IMPORT_NAME, IMPORT_STAR, RERAISE, POP_EXCEPT, PREP_RERAISE_STAR,
          COPY_DICT_WITHOUT_KEYS -> -1;
      case COPY, PUSH_NULL, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
          LOAD_GLOBAL, LOAD_NAME, LOAD_METHOD, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR,
          IMPORT_FROM, PUSH_EXC_INFO, BEFORE_WITH, BEFORE_ASYNC_WITH, WITH_EXCEPT_START,
          GET_ANEXT, GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, FOR_ITER -> 1;
      case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, END_ASYNC_FOR, MATCH_CLASS, COMPARE_JUMP -> -2;
      case STORE_SUBSCR -> -3;
      case CALL -> -arg - 1;
      case CALL_FUNCTION_EX -> -2 - (arg & 1);
      case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
      case BUILD_MAP -> 1 - 2 * arg;
      case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
      case UNPACK_SEQUENCE -> arg - 1;
      case UNPACK_EX -> (arg & 0xff) + (arg >> 8);
      case MAKE_FUNCTION -> -Integer.bitCount(arg & 0b1011);
      case RAISE_VARARGS -> -arg;
    };
  }

  /** The depth change when the instruction takes its jump (only for jumping instructions). */
  static int onJump(Opcode op, int arg) {
    return switch (op) {
      case JUMP -> 0;
      case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> -1;
      case COMPARE_JUMP -> -2;
      case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> 0;
      case FOR_ITER, FOR_ITER_STORE_FAST -> -1;
      case SEND -> -1;
      default -> throw new IllegalArgumentException(op + " does not jump");
    };
  }

  /** Instructions after which control never falls through. */
  static boolean endsBlock(Opcode op) {
    return switch (op) {
      case JUMP, RETURN_VALUE, RAISE_VARARGS, RERAISE -> true;
      default -> false;
    };
  }
}
