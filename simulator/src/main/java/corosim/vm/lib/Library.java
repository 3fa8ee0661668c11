package corosim.vm.lib;

import corosim.vm.Descriptors;
import corosim.vm.PyDict;
import corosim.vm.PyModule;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The table of standard-library modules corosim provides besides {@code asyncio}, {@code time}
 * and {@code sys}: each name with the factory that creates it on first import in a run. Modules
 * whose CPython source is plain Python are bundled Python sources ({@link PySource}); the
 * others are Java classes of this package. Modules that would reach outside the sandbox
 * ({@code os}, {@code pathlib}, {@code subprocess}, ...) are deliberately absent, and a few
 * common ones are not written yet ({@code re}, {@code decimal}); {@link #hint} says what to
 * use instead.
 */
public final class Library {
  private Library() {}

  private static final Map<String, Function<Runtime, PyModule>> JAVA = new LinkedHashMap<>();
  /** Modules written in Python: module name and resource corosim/lib/RESOURCE.py. */
  private static final Map<String, String> PYTHON = new LinkedHashMap<>();

  static {
    JAVA.put("_corosim", CorosimModule::create);
    JAVA.put("_random", RandomCore::create);
    JAVA.put("math", MathModule::create);
    JAVA.put("itertools", Itertools::create);
    JAVA.put("operator", OperatorModule::create);
    JAVA.put("heapq", HeapqModule::create);
    JAVA.put("bisect", BisectModule::create);
    JAVA.put("_collections", CollectionsNative::create);
    JAVA.put("_json", JsonModule::create);
    JAVA.put("hashlib", HashlibModule::create);
    JAVA.put("builtins", rt -> new PyModule("builtins", rt.builtins()));
    for (String name : new String[] {"random", "abc", "keyword", "collections",
        "_collections_abc", "functools", "contextlib", "dataclasses", "copy", "reprlib",
        "types", "typing", "enum", "json", "string", "logging", "uuid", "io", "traceback",
        "warnings", "inspect", "fractions", "statistics", "textwrap", "datetime"}) {
      PYTHON.put(name, name);
    }
    PYTHON.put("collections.abc", "_collections_abc");
  }

  /** Adds every library module to a runtime's table of native modules. */
  public static void register(Map<String, Function<Runtime, PyModule>> modules) {
    JAVA.forEach(modules::putIfAbsent);
    PYTHON.forEach((name, resource) ->
        modules.putIfAbsent(name, rt -> PySource.load(rt, name, resource)));
  }

  /**
   * The importable library module names (with {@code asyncio}, {@code time} and {@code sys},
   * which live elsewhere), sorted: what the README lists and the compiler accepts.
   */
  public static List<String> supported() {
    List<String> names = new ArrayList<>(List.of("asyncio", "sys", "time"));
    for (String n : JAVA.keySet()) {
      if (!n.startsWith("_")) {
        names.add(n);
      }
    }
    for (String n : PYTHON.keySet()) {
      if (!n.startsWith("_")) {
        names.add(n);
      }
    }
    Collections.sort(names);
    return names;
  }

  /**
   * {@code sys.version_info}: the tuple {@code (3, 11, 7, 'final', 0)} with CPython's field
   * names and repr {@code sys.version_info(major=3, ...)}.
   */
  public static PyTuple versionInfo() {
    return new CollectionsNative.TypedTuple(VERSION_INFO,
        new Object[] {3L, 11L, 7L, "final", 0L});
  }

  private static final PyType VERSION_INFO = structSequence("version_info", "sys",
      "major", "minor", "micro", "releaselevel", "serial");

  /** A struct sequence type: a tuple subclass with named read-only fields (sys.version_info). */
  static PyType structSequence(String name, String module, String... fields) {
    PyType t = PyType.userClass(name, name, module, new PyType[] {Types.TUPLE}, new PyDict());
    for (int i = 0; i < fields.length; i++) {
      int index = i;
      t.attribute(fields[i], Descriptors.getter((a, k) -> ((PyTuple) a[0]).get(index)));
    }
    t.method("__repr__", (a, k) -> {
      PyTuple self = (PyTuple) a[0];
      StringBuilder sb = new StringBuilder(module + "." + name + "(");
      for (int i = 0; i < fields.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Repr.repr(self.get(i)));
      }
      return sb.append(')').toString();
    });
    return t;
  }

  /** What to use instead of a module corosim leaves out on purpose, or null. */
  public static String hint(String module) {
    String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
    return HINTS.get(top);
  }

  private static final Map<String, String> HINTS = Map.ofEntries(
      Map.entry("os", "scenarios run in a sandbox without the real environment or file system; "
          + "keep configuration in the scenario (a dict or a json string)"),
      Map.entry("pathlib", "scenarios run in a sandbox without a file system; keep data in the "
          + "scenario (strings, io-free json)"),
      Map.entry("shutil", "scenarios run in a sandbox without a file system"),
      Map.entry("tempfile", "scenarios run in a sandbox without a file system"),
      Map.entry("glob", "scenarios run in a sandbox without a file system"),
      Map.entry("subprocess", "scenarios cannot start processes; simulate the work with "
          + "'await asyncio.sleep(seconds)'"),
      Map.entry("threading", "corosim runs one event loop without threads; use asyncio tasks, "
          + "asyncio.Lock and asyncio.Event"),
      Map.entry("multiprocessing", "corosim runs one event loop without processes; use asyncio "
          + "tasks"),
      Map.entry("concurrent", "executors are not modelled yet; use asyncio tasks"),
      Map.entry("socket", "scenarios have no network; simulate I/O with "
          + "'await asyncio.sleep(seconds)'"),
      Map.entry("ssl", "scenarios have no network"),
      Map.entry("select", "scenarios have no network"),
      Map.entry("selectors", "scenarios have no network"),
      Map.entry("signal", "scenarios run without process signals"),
      Map.entry("aiohttp", "scenarios have no network; simulate a request with "
          + "'await asyncio.sleep(latency)'"),
      Map.entry("requests", "scenarios have no network; simulate a request with "
          + "'await asyncio.sleep(latency)'"),
      Map.entry("httpx", "scenarios have no network; simulate a request with "
          + "'await asyncio.sleep(latency)'"),
      Map.entry("urllib", "scenarios have no network; simulate a request with "
          + "'await asyncio.sleep(latency)'"),
      Map.entry("sqlite3", "scenarios have no database; keep the data in a dict"),
      Map.entry("pickle", "use json (dumps/loads) or copy.deepcopy"),
      Map.entry("secrets", "use random.Random(seed) for reproducible values"),
      Map.entry("numpy", "only the standard library is available; math, statistics and random "
          + "are"),
      Map.entry("re", "regular expressions are not available yet; use str methods (split, "
          + "partition, startswith, find, replace)"),
      Map.entry("queue", "use asyncio.Queue (or collections.deque) in asyncio programs"),
      Map.entry("argparse", "scenarios take no command-line arguments; set the values in the "
          + "scenario"),
      Map.entry("decimal", "decimal is not available; use fractions.Fraction or int cents"));
}
