package corosim.vm;

import java.util.Arrays;
import java.util.Map;

/**
 * OSError's constructor as CPython's (oserror_new): {@code OSError(errno, strerror[,
 * filename])} sets those attributes, turns into the subclass for the errno
 * ({@code OSError(2, ...)} is a FileNotFoundError) and prints as {@code [Errno 2] strerror}.
 */
final class OsErrors {
  private OsErrors() {}

  /** Linux errno values and the OSError subclasses CPython maps them to. */
  private static final Map<Long, PyType> BY_ERRNO = Map.ofEntries(
      Map.entry(1L, Types.PERMISSION_ERROR), Map.entry(2L, Types.FILE_NOT_FOUND_ERROR),
      Map.entry(3L, Types.PROCESS_LOOKUP_ERROR), Map.entry(4L, Types.INTERRUPTED_ERROR),
      Map.entry(10L, Types.CHILD_PROCESS_ERROR), Map.entry(11L, Types.BLOCKING_IO_ERROR),
      Map.entry(13L, Types.PERMISSION_ERROR), Map.entry(17L, Types.FILE_EXISTS_ERROR),
      Map.entry(20L, Types.NOT_A_DIRECTORY_ERROR), Map.entry(21L, Types.IS_A_DIRECTORY_ERROR),
      Map.entry(32L, Types.BROKEN_PIPE_ERROR), Map.entry(103L, Types.CONNECTION_ABORTED_ERROR),
      Map.entry(104L, Types.CONNECTION_RESET_ERROR), Map.entry(108L, Types.BROKEN_PIPE_ERROR),
      Map.entry(110L, Types.TIMEOUT_ERROR), Map.entry(111L, Types.CONNECTION_REFUSED_ERROR),
      Map.entry(114L, Types.BLOCKING_IO_ERROR), Map.entry(115L, Types.BLOCKING_IO_ERROR));

  static PyException create(PyType t, Object[] args) {
    PyType type = t;
    Object[] kept = args.clone();
    Object errno = PyNone.NONE;
    Object strerror = PyNone.NONE;
    Object filename = PyNone.NONE;
    if (args.length >= 2 && args.length <= 5) {
      errno = args[0];
      strerror = args[1];
      if (args.length >= 3) {
        filename = args[2];
        kept = Arrays.copyOf(args, 2);
      }
      if (t == Types.OS_ERROR && args[0] instanceof Long n && BY_ERRNO.containsKey(n)) {
        type = BY_ERRNO.get(n);
      }
    }
    PyException e = new PyException(type, new PyTuple(kept));
    e.dict().put("errno", errno);
    e.dict().put("strerror", strerror);
    e.dict().put("filename", filename);
    return e;
  }

  /** {@code str(e)}: {@code [Errno 2] No such file: 'name'} when errno and strerror are set. */
  static String str(PyException e) {
    Object errno = e.hasDict() ? e.dict().get("errno") : null;
    Object strerror = e.hasDict() ? e.dict().get("strerror") : null;
    if (errno == null || errno == PyNone.NONE || strerror == null || strerror == PyNone.NONE) {
      return null;
    }
    Object filename = e.dict().get("filename");
    String base = "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror);
    return filename == null || filename == PyNone.NONE ? base : base + ": " + Repr.repr(filename);
  }
}
