package corosim.aio;

import corosim.loop.Environment;
import corosim.loop.Task;
import corosim.trace.Recorder;
import corosim.trace.WaitKind;
import corosim.vm.Runtime;
import java.util.HashMap;
import java.util.Map;

/**
 * A synchronisation primitive as the trace knows it (named {@code Lock-1}, {@code Queue-2}, ...
 * per kind in creation order): requests, wake-ups, grants and releases are recorded against it
 * so corosim.check can analyse FIFO fairness.
 */
final class Resource {
  private final Environment env;
  private final int id;

  private Resource(Environment env, int id) {
    this.env = env;
    this.id = id;
  }

  /** Registers a new resource of {@code kind}, named after {@code typeName} and a per-kind count. */
  static Resource create(WaitKind kind, String typeName) {
    Runtime rt = Runtime.current();
    if (rt == null) {
      return new Resource(null, -1);
    }
    Environment env = rt.environment();
    Map<String, Integer> counts = rt.extension("aio.resourceCounts", HashMap::new);
    int n = counts.merge(typeName, 1, Integer::sum);
    Task creator = env.currentTask();
    int id = env.recorder().resourceCreated(env.clock().now(), creator == null ? -1 : creator.traceId(),
        kind, typeName + "-" + n);
    return new Resource(env, id);
  }

  /** A resource that records nothing (internal helpers). */
  static Resource untraced() {
    return new Resource(null, -1);
  }

  /** The task running now, as the trace numbers it, or -1. */
  int currentTask() {
    if (env == null) {
      return -1;
    }
    Task t = env.currentTask();
    return t == null ? -1 : t.traceId();
  }

  private Recorder recorder() {
    return env.recorder();
  }

  private double now() {
    return env.clock().now();
  }

  void requested(int task) {
    if (env != null) {
      recorder().resourceRequested(task, id, now());
    }
  }

  void woken(int task) {
    if (env != null) {
      recorder().resourceWoken(task, id, now());
    }
  }

  void acquired(int task) {
    if (env != null) {
      recorder().resourceAcquired(task, id, now());
    }
  }

  void abandoned(int task) {
    if (env != null) {
      recorder().resourceAbandoned(task, id, now());
    }
  }

  void released() {
    if (env != null) {
      recorder().resourceReleased(currentTask(), id, now());
    }
  }
}
