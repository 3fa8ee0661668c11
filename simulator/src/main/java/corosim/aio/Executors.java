package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.TimerHandle;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.Runtime;
import java.util.IdentityHashMap;
import java.util.Map;

/** Each loop's lazily created default executor, and the concurrent.futures module. */
final class Executors {
  private Executors() {}

  private static Map<EventLoop, VirtualExecutor> defaults(Runtime rt) {
    return rt.extension("aio.defaultExecutors", IdentityHashMap::new);
  }

  static VirtualExecutor defaultExecutor(Runtime rt, EventLoop loop) {
    return defaults(rt).computeIfAbsent(loop, l -> VirtualExecutor.withDefaultSize(rt));
  }

  /** The loop's default executor if one was created, else null. */
  static VirtualExecutor existingDefault(Runtime rt, EventLoop loop) {
    return defaults(rt).get(loop);
  }

  /**
   * shutdown_default_executor: a future completed, as a thread-safe handle, once every job of
   * the default executor has completed; null when the loop never made one.
   */
  static Future shutdownDefault(Runtime rt, EventLoop loop) {
    VirtualExecutor ex = defaults(rt).remove(loop);
    if (ex == null) {
      return null;
    }
    ex.shutdown();
    Future f = new Future(loop);
    loop.callAt(new TimerHandle(Math.max(loop.time(), ex.lastEnd()),
        "shutdown_default_executor", () -> {
          if (!f.done()) {
            f.setResult(PyNone.NONE);
          }
        }));
    return f;
  }

  static PyModule concurrentFutures(Runtime rt) {
    PyModule m = new PyModule("concurrent.futures");
    m.define("ThreadPoolExecutor", VirtualExecutor.TYPE);
    return m;
  }

  static PyModule concurrent(Runtime rt) {
    PyModule m = new PyModule("concurrent");
    return m;
  }
}
