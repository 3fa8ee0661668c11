package corosim.aio;

import corosim.loop.Future;
import corosim.trace.WaitKind;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Repr;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Semaphore} and {@code BoundedSemaphore} as CPython 3.11.7: release takes the
 * permit for the first waiter not yet done (FIFO, no barging); a woken waiter that finds
 * permits left passes the wake-up on; a cancelled one gives its permit back.
 */
final class AsyncSemaphore implements PyObject {
  static final PyType TYPE = Primitives.type("Semaphore", "asyncio.locks");
  static final PyType BOUNDED = PyType.builtin("BoundedSemaphore", PyType.Layout.NATIVE, TYPE);

  private final LoopBinding binding = new LoopBinding();
  private final Resource resource;
  private final java.util.IdentityHashMap<Future, Integer> waiterTasks = new java.util.IdentityHashMap<>();
  private final boolean bounded;
  private final long bound;
  private ArrayDeque<Future> waiters;
  private long value;

  AsyncSemaphore(long value, boolean bounded) {
    if (value < 0) {
      throw Errors.valueError("Semaphore initial value must be >= 0");
    }
    this.value = value;
    this.bound = value;
    this.bounded = bounded;
    this.resource = Resource.create(WaitKind.SEMAPHORE, bounded ? "BoundedSemaphore" : "Semaphore");
  }

  @Override
  public PyType type() {
    return bounded ? BOUNDED : TYPE;
  }

  boolean locked() {
    if (value == 0) {
      return true;
    }
    if (waiters != null) {
      for (Future w : waiters) {
        if (!w.cancelled()) {
          return true;
        }
      }
    }
    return false;
  }

  AsyncOp acquire() {
    return new AsyncOp("acquire") {
      @Override
      protected Next begin() {
        int task = resource.currentTask();
        resource.requested(task);
        if (!locked()) {
          value--;
          resource.acquired(task);
          return done(true);
        }
        if (waiters == null) {
          waiters = new ArrayDeque<>();
        }
        Future fut = new Future(binding.get(AsyncSemaphore.this)).withWaitKind(WaitKind.SEMAPHORE);
        waiters.add(fut);
        waiterTasks.put(fut, task);
        return await(fut, (v, err) -> {
          waiters.remove(fut);
          waiterTasks.remove(fut);
          if (err != null) {
            resource.abandoned(task);
            if (Primitives.isCancelled(err) && !fut.cancelled()) {
              value++;
              wakeUpNext();
            }
            return fail(err);
          }
          resource.acquired(task);
          if (value > 0) {
            wakeUpNext();
          }
          return done(true);
        });
      }
    };
  }

  void release() {
    if (bounded && value >= bound) {
      throw Errors.valueError("BoundedSemaphore released too many times");
    }
    value++;
    resource.released();
    wakeUpNext();
  }

  private void wakeUpNext() {
    if (waiters == null) {
      return;
    }
    for (Future f : waiters) {
      if (!f.done()) {
        value--;
        f.setResult(true);
        resource.woken(waiterTasks.getOrDefault(f, -1));
        return;
      }
    }
  }

  static {
    for (PyType t : new PyType[] {TYPE, BOUNDED}) {
      boolean isBounded = t == BOUNDED;
      t.setModule("asyncio.locks");
      t.setConstructor((a, k) -> {
        Object v = corosim.vm.Args.arg(a, k, 0, "value", 1L);
        if (!Numbers.isInt(v)) {
          throw Errors.typeError("'<' not supported between instances of '"
              + corosim.vm.Types.of(v).name() + "' and 'int'");
        }
        return new AsyncSemaphore(Ops.index(v), isBounded);
      });
    }
    TYPE.method("acquire", (a, k) -> ((AsyncSemaphore) a[0]).acquire());
    TYPE.method("release", (a, k) -> {
      ((AsyncSemaphore) a[0]).release();
      return PyNone.NONE;
    });
    TYPE.method("locked", (a, k) -> ((AsyncSemaphore) a[0]).locked());
    TYPE.method("__aenter__", (a, k) -> Primitives.returningNone(((AsyncSemaphore) a[0]).acquire()));
    TYPE.method("__aexit__", (a, k) -> Primitives.now("__aexit__", () -> {
      ((AsyncSemaphore) a[0]).release();
      return PyNone.NONE;
    }));
    TYPE.method("__repr__", (a, k) -> {
      AsyncSemaphore s = (AsyncSemaphore) a[0];
      String extra = s.locked() ? "locked" : "unlocked, value:" + s.value;
      if (s.waiters != null && !s.waiters.isEmpty()) {
        extra += ", waiters:" + s.waiters.size();
      }
      return "<asyncio.locks." + s.type().name() + " object at " + Repr.address(s) + " [" + extra
          + "]>";
    });
  }
}
