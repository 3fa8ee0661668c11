package corosim.aio;

import corosim.loop.Future;
import corosim.loop.ScenarioException;
import corosim.trace.WaitKind;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Types;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Condition} over a Lock: wait() releases the lock, waits to be notified, then
 * re-acquires it — retrying through cancellations and re-raising afterwards. notify(n) resolves
 * the first n waiters not yet done.
 */
final class AsyncCondition implements PyObject {
  static final PyType TYPE = Primitives.type("Condition", "asyncio.locks");

  private final LoopBinding binding = new LoopBinding();
  private final AsyncLock lock;
  private final ArrayDeque<Future> waiters = new ArrayDeque<>();
  private final java.util.IdentityHashMap<Future, Integer> waiterTasks = new java.util.IdentityHashMap<>();
  private final Resource resource;

  AsyncCondition(AsyncLock lock) {
    this(lock, true);
  }

  /** A condition; a barrier's internal one is not recorded as a resource. */
  AsyncCondition(AsyncLock lock, boolean traced) {
    this.lock = lock;
    this.resource = traced ? Resource.create(WaitKind.CONDITION, "Condition") : Resource.untraced();
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  AsyncOp waitFor() {
    return new AsyncOp("wait") {
      private int task;

      @Override
      protected Next begin() {
        if (!lock.locked()) {
          throw Errors.runtimeError("cannot wait on un-acquired lock");
        }
        task = resource.currentTask();
        resource.requested(task);
        lock.release();
        Future fut;
        try {
          fut = new Future(binding.get(AsyncCondition.this)).withWaitKind(WaitKind.CONDITION);
        } catch (ScenarioException e) {
          return reacquire(e, false);
        }
        waiters.add(fut);
        waiterTasks.put(fut, task);
        return await(fut, (v, err) -> {
          waiters.remove(fut);
          waiterTasks.remove(fut);
          return reacquire(err, false);
        });
      }

      /** The finally block: re-acquire, looping through cancellations, then finish. */
      private Next reacquire(ScenarioException pending, boolean cancelled) {
        return await(lock.acquire(), (v, err) -> {
          if (err != null && Primitives.isCancelled(err)) {
            return reacquire(pending, true);
          }
          if (err != null) {
            resource.abandoned(task);
            return fail(err);
          }
          if (cancelled) {
            resource.abandoned(task);
            return fail(Errors.create(Types.CANCELLED_ERROR));
          }
          if (pending != null) {
            resource.abandoned(task);
            return fail(pending);
          }
          resource.acquired(task);
          return done(true);
        });
      }
    };
  }

  /** {@code wait_for(predicate)}: wait until the predicate is true; returns its value. */
  AsyncOp waitUntil(Object predicate) {
    return new AsyncOp("wait_for") {
      @Override
      protected Next begin() {
        return check(Ops.call(predicate));
      }

      private Next check(Object result) {
        if (Ops.truthy(result)) {
          return done(result);
        }
        return await(waitFor(), (v, err) -> err != null ? fail(err) : check(Ops.call(predicate)));
      }
    };
  }

  /** The condition's lock's acquire (for {@code async with cond}). */
  AsyncOp waitForLockOnly() {
    return lock.acquire();
  }

  void releaseLock() {
    lock.release();
  }

  void notifyAllNow() {
    notify(waiters.size());
  }

  void notify(long n) {
    if (!lock.locked()) {
      throw Errors.runtimeError("cannot notify on un-acquired lock");
    }
    long idx = 0;
    for (Future f : waiters) {
      if (idx >= n) {
        break;
      }
      if (!f.done()) {
        idx++;
        f.setResult(false);
        resource.woken(waiterTasks.getOrDefault(f, -1));
      }
    }
  }

  static {
    TYPE.setConstructor((a, k) -> {
      Object lock = a.length > 0 ? a[0] : PyNone.NONE;
      if (lock == PyNone.NONE) {
        return new AsyncCondition(new AsyncLock());
      }
      if (!(lock instanceof AsyncLock l)) {
        throw Errors.typeError("corosim's Condition needs an asyncio.Lock, got "
            + Types.of(lock).name());
      }
      return new AsyncCondition(l);
    });
    TYPE.method("acquire", (a, k) -> ((AsyncCondition) a[0]).lock.acquire());
    TYPE.method("release", (a, k) -> {
      ((AsyncCondition) a[0]).lock.release();
      return PyNone.NONE;
    });
    TYPE.method("locked", (a, k) -> ((AsyncCondition) a[0]).lock.locked());
    TYPE.method("wait", (a, k) -> ((AsyncCondition) a[0]).waitFor());
    TYPE.method("wait_for", (a, k) -> ((AsyncCondition) a[0]).waitUntil(a[1]));
    TYPE.method("notify", (a, k) -> {
      ((AsyncCondition) a[0]).notify(a.length > 1 ? Ops.index(a[1]) : 1);
      return PyNone.NONE;
    });
    TYPE.method("notify_all", (a, k) -> {
      AsyncCondition c = (AsyncCondition) a[0];
      c.notify(c.waiters.size());
      return PyNone.NONE;
    });
    TYPE.method("__aenter__", (a, k) ->
        Primitives.returningNone(((AsyncCondition) a[0]).lock.acquire()));
    TYPE.method("__aexit__", (a, k) -> Primitives.now("__aexit__", () -> {
      ((AsyncCondition) a[0]).lock.release();
      return PyNone.NONE;
    }));
    TYPE.method("__repr__", (a, k) -> {
      AsyncCondition c = (AsyncCondition) a[0];
      String extra = c.lock.locked() ? "locked" : "unlocked";
      if (!c.waiters.isEmpty()) {
        extra += ", waiters:" + c.waiters.size();
      }
      return "<asyncio.locks.Condition object at " + Repr.address(c) + " [" + extra + "]>";
    });
  }
}
