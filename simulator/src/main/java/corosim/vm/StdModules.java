package corosim.vm;

import java.util.Map;
import java.util.function.Function;

/**
 * The standard-library modules implemented in the VM: {@code time} on the virtual clock and
 * {@code sys}; the rest of the library is registered by {@link corosim.vm.lib.Library}. The
 * asyncio module comes from {@code corosim.aio}.
 */
final class StdModules {
  private StdModules() {}

  /** Virtual epoch: {@code time.time()} is this plus the virtual clock. */
  static final double EPOCH = 1700000000.0;

  static void register(Map<String, Function<Runtime, PyModule>> modules) {
    modules.putIfAbsent("time", StdModules::time);
    modules.putIfAbsent("sys", StdModules::sys);
    corosim.vm.lib.Library.register(modules);
  }

  private static double now(Runtime rt) {
    return rt.outputTime();
  }

  static PyModule time(Runtime rt) {
    PyModule m = new PyModule("time");
    m.function("sleep", (a, k) -> {
      Args.exact("sleep", a, k, 1, 1);
      if (!Numbers.isNumber(a[0])) {
        throw Errors.typeError("'" + Types.of(a[0]).name() + "' object cannot be interpreted as "
            + "an integer");
      }
      double d = Numbers.toDouble(a[0]);
      if (d < 0) {
        throw Errors.valueError("sleep length must be non-negative");
      }
      rt.blockingSleep(d);
      return PyNone.NONE;
    });
    m.function("time", (a, k) -> EPOCH + now(rt));
    m.function("monotonic", (a, k) -> now(rt));
    m.function("perf_counter", (a, k) -> now(rt));
    m.function("process_time", (a, k) -> 0.0);
    m.function("thread_time", (a, k) -> 0.0);
    m.function("time_ns", (a, k) -> Math.round((EPOCH + now(rt)) * 1e9));
    m.function("monotonic_ns", (a, k) -> Math.round(now(rt) * 1e9));
    m.function("perf_counter_ns", (a, k) -> Math.round(now(rt) * 1e9));
    m.function("strftime", (a, k) -> {
      java.time.ZonedDateTime t = java.time.Instant.ofEpochMilli(
          (long) ((EPOCH + now(rt)) * 1000)).atZone(java.time.ZoneOffset.UTC);
      return strftime((String) a[0], t);
    });
    return m;
  }

  /** The subset of C strftime directives programs print timestamps with. */
  static String strftime(String fmt, java.time.ZonedDateTime t) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c != '%' || i + 1 >= fmt.length()) {
        sb.append(c);
        continue;
      }
      char d = fmt.charAt(++i);
      switch (d) {
        case 'Y' -> sb.append(String.format("%04d", t.getYear()));
        case 'm' -> sb.append(String.format("%02d", t.getMonthValue()));
        case 'd' -> sb.append(String.format("%02d", t.getDayOfMonth()));
        case 'H' -> sb.append(String.format("%02d", t.getHour()));
        case 'M' -> sb.append(String.format("%02d", t.getMinute()));
        case 'S' -> sb.append(String.format("%02d", t.getSecond()));
        case '%' -> sb.append('%');
        default -> sb.append('%').append(d);
      }
    }
    return sb.toString();
  }

  static PyModule sys(Runtime rt) {
    PyModule m = new PyModule("sys");
    PyModule builtins = new PyModule("builtins", rt.builtins());
    m.define("stdout", builtins.dict().get("__stdout__"));
    m.define("stderr", builtins.dict().get("__stderr__"));
    m.define("__stdout__", builtins.dict().get("__stdout__"));
    m.define("__stderr__", builtins.dict().get("__stderr__"));
    m.define("argv", new PyList(new Object[] {"scenario.py"}));
    m.define("version", "3.11.7 (corosim)");
    m.define("version_info", corosim.vm.lib.Library.versionInfo());
    m.define("platform", "linux");
    m.define("maxsize", Long.MAX_VALUE);
    m.define("byteorder", "little");
    m.define("path", new PyList());
    m.define("modules", rt.sysModules);
    m.function("exit", (a, k) -> {
      throw Errors.create(Types.SYSTEM_EXIT, a.length == 0 ? new Object[0] : new Object[] {a[0]});
    });
    m.function("getrecursionlimit", (a, k) -> (long) rt.recursionLimit());
    m.function("setrecursionlimit", (a, k) -> {
      long n = Ops.index(a[0]);
      if (n < 1) {
        throw Errors.valueError("recursion limit must be greater or equal than 1");
      }
      rt.setRecursionLimit((int) Math.min(n, 100_000));
      return PyNone.NONE;
    });
    m.function("exc_info", (a, k) -> {
      PyException e = rt.excInfo().topmost();
      return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
          : PyTuple.of(e.type(), e, PyNone.NONE);
    });
    m.function("exception", (a, k) -> {
      PyException e = rt.excInfo().topmost();
      return e == null ? PyNone.NONE : e;
    });
    m.function("intern", (a, k) -> a[0]);
    return m;
  }
}
