package corosim.vm;

import corosim.vm.PyType.Layout;
import java.math.BigInteger;

/**
 * The builtin types, created once and shared by every run: they never change after start-up.
 * Java values map to types in {@link #of}; objects of other layers get theirs from
 * {@link #foreign}.
 */
public final class Types {
  private Types() {}

  public static final PyType OBJECT = PyType.builtin("object", Layout.NATIVE);
  public static final PyType TYPE = PyType.builtin("type", Layout.NATIVE);
  public static final PyType NONE_TYPE = PyType.builtin("NoneType", Layout.NATIVE);
  public static final PyType NOT_IMPLEMENTED_TYPE =
      PyType.builtin("NotImplementedType", Layout.NATIVE);
  public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", Layout.NATIVE);
  public static final PyType INT = PyType.builtin("int", Layout.NATIVE);
  public static final PyType BOOL = PyType.builtin("bool", Layout.NATIVE, INT);
  public static final PyType FLOAT = PyType.builtin("float", Layout.NATIVE);
  public static final PyType COMPLEX = PyType.builtin("complex", Layout.NATIVE);
  public static final PyType STR = PyType.builtin("str", Layout.NATIVE);
  public static final PyType BYTES = PyType.builtin("bytes", Layout.NATIVE);
  public static final PyType LIST = PyType.builtin("list", Layout.NATIVE);
  public static final PyType TUPLE = PyType.builtin("tuple", Layout.NATIVE);
  public static final PyType DICT = PyType.builtin("dict", Layout.NATIVE);
  public static final PyType SET = PyType.builtin("set", Layout.NATIVE);
  public static final PyType FROZENSET = PyType.builtin("frozenset", Layout.NATIVE);
  public static final PyType RANGE = PyType.builtin("range", Layout.NATIVE);
  public static final PyType SLICE = PyType.builtin("slice", Layout.NATIVE);
  public static final PyType FUNCTION = PyType.builtin("function", Layout.NATIVE);
  public static final PyType BUILTIN_FUNCTION =
      PyType.builtin("builtin_function_or_method", Layout.NATIVE);
  public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", Layout.NATIVE);
  public static final PyType METHOD = PyType.builtin("method", Layout.NATIVE);
  public static final PyType CELL = PyType.builtin("cell", Layout.NATIVE);
  public static final PyType MODULE = PyType.builtin("module", Layout.NATIVE);
  public static final PyType COROUTINE = PyType.builtin("coroutine", Layout.NATIVE);
  public static final PyType GENERATOR = PyType.builtin("generator", Layout.NATIVE);
  public static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", Layout.NATIVE);
  public static final PyType PROPERTY = PyType.builtin("property", Layout.NATIVE);
  public static final PyType STATICMETHOD = PyType.builtin("staticmethod", Layout.NATIVE);
  public static final PyType CLASSMETHOD = PyType.builtin("classmethod", Layout.NATIVE);
  public static final PyType SUPER = PyType.builtin("super", Layout.NATIVE);
  public static final PyType DICT_KEYS = PyType.builtin("dict_keys", Layout.NATIVE);
  public static final PyType DICT_VALUES = PyType.builtin("dict_values", Layout.NATIVE);
  public static final PyType DICT_ITEMS = PyType.builtin("dict_items", Layout.NATIVE);

  // ---- exceptions

  public static final PyType BASE_EXCEPTION = PyType.builtin("BaseException", Layout.EXCEPTION);
  public static final PyType SYSTEM_EXIT = exception("SystemExit", BASE_EXCEPTION);
  public static final PyType KEYBOARD_INTERRUPT = exception("KeyboardInterrupt", BASE_EXCEPTION);
  public static final PyType GENERATOR_EXIT = exception("GeneratorExit", BASE_EXCEPTION);
  public static final PyType BASE_EXCEPTION_GROUP =
      exception("BaseExceptionGroup", BASE_EXCEPTION);
  public static final PyType EXCEPTION = exception("Exception", BASE_EXCEPTION);
  public static final PyType EXCEPTION_GROUP =
      exception("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
  public static final PyType STOP_ITERATION = exception("StopIteration", EXCEPTION);
  public static final PyType STOP_ASYNC_ITERATION = exception("StopAsyncIteration", EXCEPTION);
  public static final PyType ARITHMETIC_ERROR = exception("ArithmeticError", EXCEPTION);
  public static final PyType FLOATING_POINT_ERROR =
      exception("FloatingPointError", ARITHMETIC_ERROR);
  public static final PyType OVERFLOW_ERROR = exception("OverflowError", ARITHMETIC_ERROR);
  public static final PyType ZERO_DIVISION_ERROR =
      exception("ZeroDivisionError", ARITHMETIC_ERROR);
  public static final PyType ASSERTION_ERROR = exception("AssertionError", EXCEPTION);
  public static final PyType ATTRIBUTE_ERROR = exception("AttributeError", EXCEPTION);
  public static final PyType BUFFER_ERROR = exception("BufferError", EXCEPTION);
  public static final PyType EOF_ERROR = exception("EOFError", EXCEPTION);
  public static final PyType IMPORT_ERROR = exception("ImportError", EXCEPTION);
  public static final PyType MODULE_NOT_FOUND_ERROR =
      exception("ModuleNotFoundError", IMPORT_ERROR);
  public static final PyType LOOKUP_ERROR = exception("LookupError", EXCEPTION);
  public static final PyType INDEX_ERROR = exception("IndexError", LOOKUP_ERROR);
  public static final PyType KEY_ERROR = exception("KeyError", LOOKUP_ERROR);
  public static final PyType MEMORY_ERROR = exception("MemoryError", EXCEPTION);
  public static final PyType NAME_ERROR = exception("NameError", EXCEPTION);
  public static final PyType UNBOUND_LOCAL_ERROR = exception("UnboundLocalError", NAME_ERROR);
  public static final PyType OS_ERROR = exception("OSError", EXCEPTION);
  public static final PyType BLOCKING_IO_ERROR = exception("BlockingIOError", OS_ERROR);
  public static final PyType CHILD_PROCESS_ERROR = exception("ChildProcessError", OS_ERROR);
  public static final PyType CONNECTION_ERROR = exception("ConnectionError", OS_ERROR);
  public static final PyType BROKEN_PIPE_ERROR = exception("BrokenPipeError", CONNECTION_ERROR);
  public static final PyType CONNECTION_ABORTED_ERROR =
      exception("ConnectionAbortedError", CONNECTION_ERROR);
  public static final PyType CONNECTION_REFUSED_ERROR =
      exception("ConnectionRefusedError", CONNECTION_ERROR);
  public static final PyType CONNECTION_RESET_ERROR =
      exception("ConnectionResetError", CONNECTION_ERROR);
  public static final PyType FILE_EXISTS_ERROR = exception("FileExistsError", OS_ERROR);
  public static final PyType FILE_NOT_FOUND_ERROR = exception("FileNotFoundError", OS_ERROR);
  public static final PyType INTERRUPTED_ERROR = exception("InterruptedError", OS_ERROR);
  public static final PyType IS_A_DIRECTORY_ERROR = exception("IsADirectoryError", OS_ERROR);
  public static final PyType NOT_A_DIRECTORY_ERROR = exception("NotADirectoryError", OS_ERROR);
  public static final PyType PERMISSION_ERROR = exception("PermissionError", OS_ERROR);
  public static final PyType PROCESS_LOOKUP_ERROR = exception("ProcessLookupError", OS_ERROR);
  public static final PyType TIMEOUT_ERROR = exception("TimeoutError", OS_ERROR);
  public static final PyType REFERENCE_ERROR = exception("ReferenceError", EXCEPTION);
  public static final PyType RUNTIME_ERROR = exception("RuntimeError", EXCEPTION);
  public static final PyType NOT_IMPLEMENTED_ERROR =
      exception("NotImplementedError", RUNTIME_ERROR);
  public static final PyType RECURSION_ERROR = exception("RecursionError", RUNTIME_ERROR);
  public static final PyType SYNTAX_ERROR = exception("SyntaxError", EXCEPTION);
  public static final PyType SYSTEM_ERROR = exception("SystemError", EXCEPTION);
  public static final PyType TYPE_ERROR = exception("TypeError", EXCEPTION);
  public static final PyType VALUE_ERROR = exception("ValueError", EXCEPTION);
  public static final PyType UNICODE_ERROR = exception("UnicodeError", VALUE_ERROR);
  public static final PyType WARNING = exception("Warning", EXCEPTION);
  public static final PyType USER_WARNING = exception("UserWarning", WARNING);
  public static final PyType DEPRECATION_WARNING = exception("DeprecationWarning", WARNING);
  public static final PyType RUNTIME_WARNING = exception("RuntimeWarning", WARNING);

  // asyncio's own exceptions (module asyncio.exceptions)
  public static final PyType CANCELLED_ERROR =
      asyncioException("CancelledError", BASE_EXCEPTION);
  public static final PyType INVALID_STATE_ERROR =
      asyncioException("InvalidStateError", EXCEPTION);
  public static final PyType SENDFILE_NOT_AVAILABLE_ERROR =
      asyncioException("SendfileNotAvailableError", RUNTIME_ERROR);
  public static final PyType INCOMPLETE_READ_ERROR =
      asyncioException("IncompleteReadError", EOF_ERROR);
  public static final PyType LIMIT_OVERRUN_ERROR =
      asyncioException("LimitOverrunError", EXCEPTION);
  public static final PyType BROKEN_BARRIER_ERROR =
      asyncioException("BrokenBarrierError", RUNTIME_ERROR);
  public static final PyType QUEUE_EMPTY = asyncioException("QueueEmpty", EXCEPTION);
  public static final PyType QUEUE_FULL = asyncioException("QueueFull", EXCEPTION);

  /** Every builtin exception class by name, for the builtins module. */
  public static final PyType[] BUILTIN_EXCEPTIONS = {
    BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, BASE_EXCEPTION_GROUP,
    EXCEPTION, EXCEPTION_GROUP, STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR,
    FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR,
    BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR,
    KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, BLOCKING_IO_ERROR,
    CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
    CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR,
    INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR,
    PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR,
    RECURSION_ERROR, SYNTAX_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
    WARNING, USER_WARNING, DEPRECATION_WARNING, RUNTIME_WARNING
  };

  private static PyType exception(String name, PyType... bases) {
    return PyType.builtin(name, Layout.EXCEPTION, bases);
  }

  private static PyType asyncioException(String name, PyType base) {
    PyType t = PyType.builtin(name, Layout.EXCEPTION, base);
    t.setModule("asyncio.exceptions");
    return t;
  }

  private static final ClassValue<PyType[]> FOREIGN =
      new ClassValue<>() {
        @Override
        protected PyType[] computeValue(Class<?> type) {
          return new PyType[1];
        }
      };

  /** Registers the Python type of a Java class from another layer (Future, Task, EventLoop). */
  public static void registerForeign(Class<?> javaClass, PyType type) {
    FOREIGN.get(javaClass)[0] = type;
  }

  /** The registered type of a foreign object, searching superclasses, or object. */
  public static PyType foreign(Object o) {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      PyType t = FOREIGN.get(c)[0];
      if (t != null) {
        return t;
      }
    }
    return OBJECT;
  }

  /** {@code type(o)}. */
  public static PyType of(Object o) {
    if (o instanceof PyObject p) {
      return p.type();
    }
    if (o instanceof String) {
      return STR;
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return INT;
    }
    if (o instanceof Double) {
      return FLOAT;
    }
    if (o instanceof Boolean) {
      return BOOL;
    }
    return foreign(o);
  }

  static {
    BuiltinTypes.install();
  }
}
