package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.FutureCallback;
import corosim.loop.ScenarioException;
import corosim.loop.TimerHandle;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyException;
import corosim.vm.PyNone;
import corosim.vm.PySet;
import corosim.vm.PyTuple;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** {@code asyncio.wait}, {@code wait_for} (3.11) and {@code shield}, as CPython's tasks.py. */
final class Waits {
  private Waits() {}

  static final String FIRST_COMPLETED = "FIRST_COMPLETED";
  static final String FIRST_EXCEPTION = "FIRST_EXCEPTION";
  static final String ALL_COMPLETED = "ALL_COMPLETED";

  /** A done callback that resolves a waiter future (CPython's _release_waiter). */
  static final class ReleaseWaiter implements FutureCallback {
    private final Future waiter;

    ReleaseWaiter(Future waiter) {
      this.waiter = waiter;
    }

    @Override
    public void onDone(Future f) {
      release(waiter);
    }

    @Override
    public String label() {
      return "functools.partial(<function _release_waiter>)";
    }
  }

  static void release(Future waiter) {
    if (!waiter.done()) {
      waiter.setResult(PyNone.NONE);
    }
  }

  /** {@code asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)}. */
  static AsyncOp waitAll(Runtime rt, Object fs, Object timeout, Object returnWhen) {
    return new AsyncOp("wait") {
      @Override
      protected Next begin() {
        if (fs instanceof Future || Tasks.isCoroutine(fs)) {
          throw Errors.typeError("expect a list of futures, not " + Types.of(fs).name());
        }
        Object[] items = Ops.toArray(fs);
        if (items.length == 0) {
          throw Errors.valueError("Set of Tasks/Futures is empty.");
        }
        if (!(returnWhen instanceof String w) || !(w.equals(FIRST_COMPLETED)
            || w.equals(FIRST_EXCEPTION) || w.equals(ALL_COMPLETED))) {
          throw Errors.valueError("Invalid return_when value: " + Repr.str(returnWhen));
        }
        List<Future> futures = distinct(items);
        for (Object o : futures) {
          if (!(o instanceof Future)) {
            if (Tasks.isCoroutine(o)) {
              throw Errors.typeError("Passing coroutines is forbidden, use tasks explicitly.");
            }
          }
        }
        EventLoop loop = Tasks.runningLoop(rt);
        Future waiter = new Future(loop).withWaitKind(corosim.trace.WaitKind.TASK);
        TimerHandle handle = timeout == PyNone.NONE ? null : loop.callAt(new TimerHandle(
            loop.time() + Numbers.toDouble(timeout), "_release_waiter", () -> release(waiter)));
        int[] counter = {futures.size()};
        FutureCallback onCompletion = new FutureCallback() {
          @Override
          public void onDone(Future f) {
            counter[0]--;
            if (counter[0] <= 0 || w.equals(FIRST_COMPLETED)
                || (w.equals(FIRST_EXCEPTION) && !f.cancelled() && f.exception() != null)) {
              if (handle != null) {
                handle.cancel();
              }
              release(waiter);
            }
          }

          @Override
          public String label() {
            return "_wait.<locals>._on_completion";
          }
        };
        for (Future f : futures) {
          f.addDoneCallback(onCompletion);
        }
        return await(waiter, (v, err) -> {
          if (handle != null) {
            handle.cancel();
          }
          for (Future f : futures) {
            f.removeDoneCallback(onCompletion);
          }
          if (err != null) {
            return fail(err);
          }
          PySet done = new PySet();
          PySet pending = new PySet();
          for (Future f : futures) {
            (f.done() ? done : pending).add(f);
          }
          return done(PyTuple.of(done, pending));
        });
      }
    };
  }

  /** {@code set(fs)} in first-occurrence order (corosim's fixed rule for CPython's set order). */
  private static List<Future> distinct(Object[] items) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Future> out = new ArrayList<>();
    for (Object o : items) {
      if (!(o instanceof Future f)) {
        if (Tasks.isCoroutine(o)) {
          throw Errors.typeError("Passing coroutines is forbidden, use tasks explicitly.");
        }
        throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
      }
      if (seen.put(o, Boolean.TRUE) == null) {
        out.add(f);
      }
    }
    return out;
  }

  /** {@code asyncio.wait_for(aw, timeout)}, CPython 3.11's version. */
  static AsyncOp waitFor(Runtime rt, Object aw, Object timeout) {
    return new AsyncOp("wait_for") {
      @Override
      protected Next begin() {
        EventLoop loop = Tasks.runningLoop(rt);
        if (timeout == PyNone.NONE) {
          return await(awaitableOf(aw), (v, err) -> err != null ? fail(err) : done(v));
        }
        double t = Numbers.toDouble(timeout);
        if (t <= 0) {
          Future fut = Tasks.ensureFuture(rt, aw, loop);
          if (fut.done()) {
            return done(fut.result());
          }
          return await(cancelAndWait(loop, fut), (v, err) -> {
            if (err != null) {
              return fail(err);
            }
            return resultOrTimeout(fut);
          });
        }
        Future waiter = new Future(loop).withWaitKind(corosim.trace.WaitKind.TASK);
        TimerHandle handle = loop.callAt(new TimerHandle(loop.time() + t, "_release_waiter",
            () -> release(waiter)));
        ReleaseWaiter cb = new ReleaseWaiter(waiter);
        Future fut;
        try {
          fut = Tasks.ensureFuture(rt, aw, loop);
        } catch (ScenarioException e) {
          handle.cancel();
          throw e;
        }
        fut.addDoneCallback(cb);
        return await(waiter, (v, err) -> {
          if (err != null) {
            if (!Primitives.isCancelled(err)) {
              handle.cancel();
              return fail(err);
            }
            if (fut.done()) {
              handle.cancel();
              return done(fut.result());
            }
            fut.removeDoneCallback(cb);
            return await(cancelAndWait(loop, fut), (v2, err2) -> {
              handle.cancel();
              return fail(err2 != null ? err2 : err);
            });
          }
          if (fut.done()) {
            handle.cancel();
            return done(fut.result());
          }
          fut.removeDoneCallback(cb);
          return await(cancelAndWait(loop, fut), (v2, err2) -> {
            handle.cancel();
            if (err2 != null) {
              return fail(err2);
            }
            return resultOrTimeout(fut);
          });
        });
      }

      private Next resultOrTimeout(Future fut) {
        try {
          return done(fut.result());
        } catch (ScenarioException e) {
          if (Primitives.isCancelled(e)) {
            PyException timeoutError = Errors.create(Types.TIMEOUT_ERROR);
            timeoutError.setCause((PyException) e);
            timeoutError.setContext((PyException) e);
            return fail(timeoutError);
          }
          throw e;
        }
      }
    };
  }

  /** What {@code await aw} delegates to, for wait_for(aw, None). */
  private static Object awaitableOf(Object aw) {
    if (aw instanceof Future || aw instanceof corosim.loop.Coroutine) {
      return aw;
    }
    throw Errors.typeError("object " + Types.of(aw).name() + " can't be used in 'await' expression");
  }

  /** CPython's _cancel_and_wait: cancel fut and wait until it is really done. */
  static AsyncOp cancelAndWait(EventLoop loop, Future fut) {
    return new AsyncOp("_cancel_and_wait") {
      @Override
      protected Next begin() {
        Future waiter = new Future(loop).withWaitKind(corosim.trace.WaitKind.TASK);
        ReleaseWaiter cb = new ReleaseWaiter(waiter);
        fut.addDoneCallback(cb);
        try {
          fut.cancel(null);
        } catch (ScenarioException e) {
          fut.removeDoneCallback(cb);
          throw e;
        }
        return await(waiter, (v, err) -> {
          fut.removeDoneCallback(cb);
          return err != null ? fail(err) : done(PyNone.NONE);
        });
      }
    };
  }

  /** {@code asyncio.shield(aw)}. */
  static Future shield(Runtime rt, Object arg) {
    Future inner = Tasks.ensureFuture(rt, arg, null);
    if (inner.done()) {
      return inner;
    }
    Future outer = new Future(inner.loop()).withWaitKind(corosim.trace.WaitKind.TASK);
    FutureCallback innerDone = new FutureCallback() {
      @Override
      public void onDone(Future in) {
        if (outer.cancelled()) {
          if (!in.cancelled()) {
            in.exception();
          }
          return;
        }
        if (in.cancelled()) {
          outer.cancel(null);
        } else {
          ScenarioException e = in.exception();
          if (e != null) {
            outer.setException(e);
          } else {
            outer.setResult(in.result());
          }
        }
      }

      @Override
      public String label() {
        return "shield.<locals>._inner_done_callback";
      }
    };
    inner.addDoneCallback(innerDone);
    outer.addDoneCallback(new FutureCallback() {
      @Override
      public void onDone(Future o) {
        if (!inner.done()) {
          inner.removeDoneCallback(innerDone);
        }
      }

      @Override
      public String label() {
        return "shield.<locals>._outer_done_callback";
      }
    });
    return outer;
  }
}
