package corosim.compile;

import java.util.Map;

/**
 * What to tell a user whose scenario imports a module corosim does not provide: the error
 * names the module, the hint says what to use instead. Scenarios run in a sandbox on virtual
 * time, so modules that reach the network, the file system, threads or the wall clock have a
 * simulated counterpart (or none yet).
 */
final class ModuleHints {
  private ModuleHints() {}

  private static final String HTTP =
      "corosim will simulate HTTP services later; for now model a request's latency with"
          + " 'await asyncio.sleep(seconds)'";
  private static final String FILES =
      "scenarios run in a sandbox without a file system; model slow I/O with"
          + " 'await asyncio.sleep(seconds)'";
  private static final String NETWORK =
      "corosim has no real network; model a connection's latency with"
          + " 'await asyncio.sleep(seconds)'";
  private static final String THREADS =
      "corosim has no real threads or processes; run blocking work with"
          + " 'loop.run_in_executor', 'asyncio.to_thread' or concurrent.futures.ThreadPoolExecutor"
          + " (a virtual pool), and model a blocking call with 'time.sleep'";
  private static final String OTHER_LOOPS =
      "corosim runs asyncio programs on its own virtual-clock loop; use plain asyncio";

  private static final Map<String, String> HINTS = Map.ofEntries(
      Map.entry("aiohttp", HTTP),
      Map.entry("httpx", HTTP),
      Map.entry("requests", HTTP),
      Map.entry("urllib", HTTP),
      Map.entry("urllib3", HTTP),
      Map.entry("http", HTTP),
      Map.entry("websockets", NETWORK),
      Map.entry("socket", NETWORK),
      Map.entry("ssl", NETWORK),
      Map.entry("selectors", NETWORK),
      Map.entry("aiofiles", FILES),
      Map.entry("os", FILES),
      Map.entry("pathlib", FILES),
      Map.entry("shutil", FILES),
      Map.entry("tempfile", FILES),
      Map.entry("threading", THREADS),
      Map.entry("multiprocessing", THREADS),
      Map.entry("subprocess", THREADS),
      Map.entry("uvloop", OTHER_LOOPS),
      Map.entry("trio", OTHER_LOOPS),
      Map.entry("anyio", OTHER_LOOPS),
      Map.entry("curio", OTHER_LOOPS));

  private static final String DEFAULT =
      "corosim provides asyncio and the part of the standard library listed in README.md;"
          + " a scenario is one file, so it cannot import modules of its own";

  /** The hint for an unknown module (by its top-level package). */
  static String hint(String module) {
    String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
    return HINTS.getOrDefault(top, DEFAULT);
  }
}
