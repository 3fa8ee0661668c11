package corosim.compile;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The opcodes of {@link Opcode} as int constants, for the interpreter's dispatch switch: a
 * switch over these compiles to one table jump on the instruction's low byte, where a switch
 * over the enum needs the enum constant and javac's ordinal map first. The class checks at
 * load time that every constant equals its opcode's ordinal.
 */
public final class Op {
  private Op() {}

  public static final int NOP = 0;
  public static final int POP_TOP = 1;
  public static final int COPY = 2;
  public static final int SWAP = 3;
  public static final int PUSH_NULL = 4;
  public static final int LOAD_CONST = 5;
  public static final int LOAD_FAST = 6;
  public static final int STORE_FAST = 7;
  public static final int DELETE_FAST = 8;
  public static final int LOAD_DEREF = 9;
  public static final int STORE_DEREF = 10;
  public static final int DELETE_DEREF = 11;
  public static final int LOAD_CLOSURE = 12;
  public static final int LOAD_CLASSDEREF = 13;
  public static final int LOAD_GLOBAL = 14;
  public static final int STORE_GLOBAL = 15;
  public static final int DELETE_GLOBAL = 16;
  public static final int LOAD_NAME = 17;
  public static final int STORE_NAME = 18;
  public static final int DELETE_NAME = 19;
  public static final int LOAD_ATTR = 20;
  public static final int STORE_ATTR = 21;
  public static final int DELETE_ATTR = 22;
  public static final int LOAD_METHOD = 23;
  public static final int KW_NAMES = 24;
  public static final int CALL = 25;
  public static final int CALL_FUNCTION_EX = 26;
  public static final int BINARY_OP = 27;
  public static final int UNARY_OP = 28;
  public static final int COMPARE_OP = 29;
  public static final int IS_OP = 30;
  public static final int CONTAINS_OP = 31;
  public static final int BINARY_SUBSCR = 32;
  public static final int STORE_SUBSCR = 33;
  public static final int DELETE_SUBSCR = 34;
  public static final int BUILD_SLICE = 35;
  public static final int BUILD_TUPLE = 36;
  public static final int BUILD_LIST = 37;
  public static final int BUILD_SET = 38;
  public static final int BUILD_MAP = 39;
  public static final int BUILD_STRING = 40;
  public static final int LIST_APPEND = 41;
  public static final int SET_ADD = 42;
  public static final int MAP_ADD = 43;
  public static final int LIST_EXTEND = 44;
  public static final int SET_UPDATE = 45;
  public static final int DICT_UPDATE = 46;
  public static final int DICT_MERGE = 47;
  public static final int LIST_TO_TUPLE = 48;
  public static final int FORMAT_VALUE = 49;
  public static final int UNPACK_SEQUENCE = 50;
  public static final int UNPACK_EX = 51;
  public static final int JUMP = 52;
  public static final int POP_JUMP_IF_FALSE = 53;
  public static final int POP_JUMP_IF_TRUE = 54;
  public static final int JUMP_IF_FALSE_OR_POP = 55;
  public static final int JUMP_IF_TRUE_OR_POP = 56;
  public static final int POP_JUMP_IF_NONE = 57;
  public static final int POP_JUMP_IF_NOT_NONE = 58;
  public static final int GET_ITER = 59;
  public static final int FOR_ITER = 60;
  public static final int RETURN_VALUE = 61;
  public static final int YIELD_VALUE = 62;
  public static final int GET_AWAITABLE = 63;
  public static final int GET_YIELD_FROM_ITER = 64;
  public static final int SEND = 65;
  public static final int MAKE_FUNCTION = 66;
  public static final int LOAD_BUILD_CLASS = 67;
  public static final int LOAD_ASSERTION_ERROR = 68;
  public static final int IMPORT_NAME = 69;
  public static final int IMPORT_FROM = 70;
  public static final int IMPORT_STAR = 71;
  public static final int RAISE_VARARGS = 72;
  public static final int RERAISE = 73;
  public static final int PUSH_EXC_INFO = 74;
  public static final int POP_EXCEPT = 75;
  public static final int CHECK_EXC_MATCH = 76;
  public static final int CHECK_EG_MATCH = 77;
  public static final int PREP_RERAISE_STAR = 78;
  public static final int BEFORE_WITH = 79;
  public static final int BEFORE_ASYNC_WITH = 80;
  public static final int WITH_EXCEPT_START = 81;
  public static final int GET_AITER = 82;
  public static final int GET_ANEXT = 83;
  public static final int END_ASYNC_FOR = 84;
  public static final int GET_LEN = 85;
  public static final int MATCH_SEQUENCE = 86;
  public static final int MATCH_MAPPING = 87;
  public static final int MATCH_KEYS = 88;
  public static final int MATCH_CLASS = 89;
  public static final int COPY_DICT_WITHOUT_KEYS = 90;
  public static final int COMPARE_JUMP = 91;
  public static final int LOAD_FAST_LOAD_FAST = 92;
  public static final int LOAD_FAST_LOAD_CONST = 93;
  public static final int STORE_FAST_LOAD_FAST = 94;
  public static final int FOR_ITER_STORE_FAST = 95;
  public static final int BINARY_OP_STORE_FAST = 96;

  static {
    for (Field f : Op.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        try {
          if (Opcode.valueOf(f.getName()).ordinal() != f.getInt(null)) {
            throw new IllegalStateException("Op." + f.getName() + " is not its opcode's ordinal");
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    if (Op.class.getFields().length != Opcode.values().length) {
      throw new IllegalStateException("Op and Opcode list different opcodes");
    }
  }
}
