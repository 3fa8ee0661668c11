package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.FutureCallback;
import corosim.loop.TimerHandle;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyIter;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code asyncio.as_completed(fs, timeout=None)}: a generator that, when first advanced, wraps
 * the distinct awaitables (coroutines become tasks in argument order — CPython's set order,
 * fixed by corosim) and yields one coroutine per future; each returns the next result in
 * completion order, or raises TimeoutError once the timeout passed.
 */
final class AsCompleted implements PyObject, PyIter {
  static final PyType TYPE = Primitives.type("generator", "builtins");

  static {
    TYPE.method("__iter__", (a, k) -> a[0]);
    TYPE.method("__next__", (a, k) -> {
      Object v = ((AsCompleted) a[0]).next();
      if (v == null) {
        throw Errors.create(Types.STOP_ITERATION);
      }
      return v;
    });
  }

  private final Runtime rt;
  private final Object fs;
  private final Object timeout;
  private AsyncQueue done;
  private int remaining = -1;

  AsCompleted(Runtime rt, Object fs, Object timeout) {
    if (fs instanceof Future || Tasks.isCoroutine(fs)) {
      throw Errors.typeError("expect an iterable of futures, not " + Types.of(fs).name());
    }
    this.rt = rt;
    this.fs = fs;
    this.timeout = timeout;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public Object next() {
    if (remaining < 0) {
      start();
    }
    if (remaining == 0) {
      return null;
    }
    remaining--;
    return waitForOne();
  }

  private void start() {
    done = (AsyncQueue) Ops.call(AsyncQueue.TYPE);
    EventLoop loop = Tasks.eventLoop(rt);
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Set<Future> todo = new LinkedHashSet<>();
    for (Object o : Ops.toArray(fs)) {
      if (seen.put(o, Boolean.TRUE) == null) {
        todo.add(Tasks.ensureFuture(rt, o, loop));
      }
    }
    TimerHandle[] handle = {null};
    FutureCallback onCompletion = new FutureCallback() {
      @Override
      public void onDone(Future f) {
        if (todo.isEmpty()) {
          return;
        }
        todo.remove(f);
        done.putNowait(f);
        if (todo.isEmpty() && handle[0] != null) {
          handle[0].cancel();
        }
      }

      @Override
      public String label() {
        return "as_completed.<locals>._on_completion";
      }
    };
    for (Future f : todo) {
      f.addDoneCallback(onCompletion);
    }
    if (!todo.isEmpty() && timeout != PyNone.NONE) {
      handle[0] = loop.callAt(new TimerHandle(loop.time() + Numbers.toDouble(timeout),
          "as_completed.<locals>._on_timeout", () -> {
            List<Future> left = new ArrayList<>(todo);
            for (Future f : left) {
              f.removeDoneCallback(onCompletion);
              done.putNowait(PyNone.NONE);
            }
            todo.clear();
          }));
    }
    remaining = todo.size();
  }

  private AsyncOp waitForOne() {
    AsyncQueue q = done;
    return new AsyncOp("_wait_for_one") {
      @Override
      protected Next begin() {
        return await(q.get(), (f, err) -> {
          if (err != null) {
            return fail(err);
          }
          if (f == PyNone.NONE) {
            return fail(Errors.create(Types.TIMEOUT_ERROR));
          }
          return done(((Future) f).result());
        });
      }
    };
  }
}
