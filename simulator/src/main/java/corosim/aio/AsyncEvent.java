package corosim.aio;

import corosim.loop.Future;
import corosim.trace.WaitKind;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Repr;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Event}: set() resolves every waiter's future in arrival order; clear() only
 * resets the flag, so {@code set(); clear()} still wakes everyone. wait() on a set event does
 * not suspend.
 */
final class AsyncEvent implements PyObject {
  static final PyType TYPE = Primitives.type("Event", "asyncio.locks");

  private final LoopBinding binding = new LoopBinding();
  private final Resource resource;
  private final ArrayDeque<Future> waiters = new ArrayDeque<>();
  private final java.util.IdentityHashMap<Future, Integer> waiterTasks = new java.util.IdentityHashMap<>();
  private boolean value;

  /** A scenario's event, recorded as a resource in the trace. */
  AsyncEvent() {
    this(true);
  }

  /** An event; internal ones (a queue's join event) are not recorded as resources. */
  AsyncEvent(boolean traced) {
    this.resource = traced ? Resource.create(WaitKind.EVENT, "Event") : Resource.untraced();
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  boolean isSet() {
    return value;
  }

  void set() {
    if (!value) {
      value = true;
      resource.released();
      for (Future f : waiters) {
        if (!f.done()) {
          f.setResult(true);
          resource.woken(waiterTasks.getOrDefault(f, -1));
        }
      }
    }
  }

  void clear() {
    value = false;
  }

  AsyncOp waitFor() {
    return new AsyncOp("wait") {
      @Override
      protected Next begin() {
        int task = resource.currentTask();
        resource.requested(task);
        if (value) {
          resource.acquired(task);
          return done(true);
        }
        Future fut = new Future(binding.get(AsyncEvent.this)).withWaitKind(WaitKind.EVENT);
        waiters.add(fut);
        waiterTasks.put(fut, task);
        return await(fut, (v, err) -> {
          waiters.remove(fut);
          waiterTasks.remove(fut);
          if (err != null) {
            resource.abandoned(task);
            return fail(err);
          }
          resource.acquired(task);
          return done(true);
        });
      }
    };
  }

  static {
    TYPE.setConstructor((a, k) -> new AsyncEvent());
    TYPE.method("set", (a, k) -> {
      ((AsyncEvent) a[0]).set();
      return PyNone.NONE;
    });
    TYPE.method("clear", (a, k) -> {
      ((AsyncEvent) a[0]).clear();
      return PyNone.NONE;
    });
    TYPE.method("is_set", (a, k) -> ((AsyncEvent) a[0]).isSet());
    TYPE.method("wait", (a, k) -> ((AsyncEvent) a[0]).waitFor());
    TYPE.method("__repr__", (a, k) -> {
      AsyncEvent e = (AsyncEvent) a[0];
      String extra = e.value ? "set" : "unset";
      if (!e.waiters.isEmpty()) {
        extra += ", waiters:" + e.waiters.size();
      }
      return "<asyncio.locks.Event object at " + Repr.address(e) + " [" + extra + "]>";
    });
  }
}
