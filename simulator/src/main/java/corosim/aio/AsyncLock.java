package corosim.aio;

import corosim.loop.Future;
import corosim.trace.WaitKind;
import corosim.vm.Errors;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Repr;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Lock} as CPython 3.11.7: acquire takes a free lock at once only when no
 * non-cancelled waiter queues; release wakes the first waiter's future, which stays queued
 * until its task runs — no barging, FIFO hand-off one iteration later.
 *
 * <p>Invariant: {@code waiters} holds the futures of tasks blocked in acquire, in arrival order;
 * each is removed by its own acquire when that resumes.
 */
final class AsyncLock implements PyObject {
  static final PyType TYPE = Primitives.type("Lock", "asyncio.locks");

  private final LoopBinding binding = new LoopBinding();
  private final Resource resource = Resource.create(WaitKind.LOCK, "Lock");
  private ArrayDeque<Future> waiters;
  /** The trace id of the task behind each waiter future, for the fairness record. */
  private final java.util.IdentityHashMap<Future, Integer> waiterTasks = new java.util.IdentityHashMap<>();
  private boolean locked;

  @Override
  public PyType type() {
    return TYPE;
  }

  boolean locked() {
    return locked;
  }

  AsyncOp acquire() {
    return new AsyncOp("acquire") {
      @Override
      protected Next begin() {
        int task = resource.currentTask();
        resource.requested(task);
        if (!locked && (waiters == null || allCancelled())) {
          locked = true;
          resource.acquired(task);
          return done(true);
        }
        if (waiters == null) {
          waiters = new ArrayDeque<>();
        }
        Future fut = new Future(binding.get(AsyncLock.this)).withWaitKind(WaitKind.LOCK);
        waiters.add(fut);
        waiterTasks.put(fut, task);
        return await(fut, (v, err) -> {
          waiters.remove(fut);
          waiterTasks.remove(fut);
          if (err != null) {
            resource.abandoned(task);
            if (Primitives.isCancelled(err) && !locked) {
              wakeUpFirst();
            }
            return fail(err);
          }
          locked = true;
          resource.acquired(task);
          return done(true);
        });
      }
    };
  }

  private boolean allCancelled() {
    for (Future w : waiters) {
      if (!w.cancelled()) {
        return false;
      }
    }
    return true;
  }

  void release() {
    if (!locked) {
      throw Errors.runtimeError("Lock is not acquired.");
    }
    locked = false;
    resource.released();
    wakeUpFirst();
  }

  private void wakeUpFirst() {
    if (waiters == null || waiters.isEmpty()) {
      return;
    }
    Future fut = waiters.peekFirst();
    if (!fut.done()) {
      fut.setResult(true);
      resource.woken(waiterTasks.getOrDefault(fut, -1));
    }
  }

  String repr() {
    String extra = locked ? "locked" : "unlocked";
    if (waiters != null && !waiters.isEmpty()) {
      extra += ", waiters:" + waiters.size();
    }
    return "<asyncio.locks.Lock object at " + Repr.address(this) + " [" + extra + "]>";
  }

  static {
    TYPE.setConstructor((a, k) -> {
      if (a.length > 0) {
        throw Errors.typeError("Lock.__init__() takes 1 positional argument but " + (a.length + 1)
            + " were given");
      }
      return new AsyncLock();
    });
    TYPE.method("acquire", (a, k) -> ((AsyncLock) a[0]).acquire());
    TYPE.method("release", (a, k) -> {
      ((AsyncLock) a[0]).release();
      return PyNone.NONE;
    });
    TYPE.method("locked", (a, k) -> ((AsyncLock) a[0]).locked());
    TYPE.method("__aenter__", (a, k) -> Primitives.returningNone(((AsyncLock) a[0]).acquire()));
    TYPE.method("__aexit__", (a, k) -> Primitives.now("__aexit__", () -> {
      ((AsyncLock) a[0]).release();
      return PyNone.NONE;
    }));
    TYPE.method("__repr__", (a, k) -> ((AsyncLock) a[0]).repr());
  }
}
