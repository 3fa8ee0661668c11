package corosim.aio;

import corosim.loop.ScenarioException;
import corosim.trace.WaitKind;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyBuiltin;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Types;

/**
 * {@code asyncio.Barrier(parties)} on a Condition, as CPython 3.11: the last arriver switches
 * to draining, notifies all and passes first; the others pass in arrival order. abort() and
 * reset() break the waiters with BrokenBarrierError.
 */
final class AsyncBarrier implements PyObject {
  static final PyType TYPE = Primitives.type("Barrier", "asyncio.locks");

  private enum State {
    FILLING("filling"), DRAINING("draining"), RESETTING("resetting"), BROKEN("broken");

    final String value;

    State(String value) {
      this.value = value;
    }
  }

  private final AsyncCondition cond = new AsyncCondition(new AsyncLock(), false);
  private final Resource resource = Resource.create(WaitKind.BARRIER, "Barrier");
  private final long parties;
  private State state = State.FILLING;
  private long count;

  AsyncBarrier(long parties) {
    if (parties < 1) {
      throw Errors.valueError("parties must be > 0");
    }
    this.parties = parties;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** {@code async with self._cond: body} — release the lock however the body ends. */
  private AsyncOp withCondition(String name, java.util.function.Supplier<AsyncOp.Next> body) {
    return new AsyncOp(name) {
      @Override
      protected Next begin() {
        return await(cond.waitForLockOnly(), (v, err) -> {
          if (err != null) {
            return fail(err);
          }
          Next n;
          try {
            n = body.get();
          } catch (ScenarioException e) {
            n = fail(e);
          }
          return releasing(n);
        });
      }

      private Next releasing(Next n) {
        if (n instanceof Await a) {
          return await(a.awaitable(), (v, err) -> {
            Next inner;
            try {
              inner = a.then().resume(v, err);
            } catch (ScenarioException e) {
              inner = fail(e);
            }
            return releasing(inner);
          });
        }
        cond.releaseLock();
        return n;
      }
    };
  }

  AsyncOp waitAtBarrier() {
    int[] task = {-1};
    return withCondition("wait", () -> {
      task[0] = resource.currentTask();
      resource.requested(task[0]);
      return AsyncOp.await(block(), (v, err) -> recorded(task[0], passOrWait(err)));
    });
  }

  /** Records how the barrier wait ended: passed (granted) or broken/cancelled (abandoned). */
  private AsyncOp.Next recorded(int task, AsyncOp.Next outcome) {
    if (outcome instanceof AsyncOp.Await a) {
      return AsyncOp.await(a.awaitable(), (v, err) -> recorded(task, a.then().resume(v, err)));
    }
    if (outcome instanceof AsyncOp.Done) {
      resource.acquired(task);
    } else {
      resource.abandoned(task);
    }
    return outcome;
  }

  /** After _block(): take an index; the last arriver releases everyone, the others wait. */
  private AsyncOp.Next passOrWait(ScenarioException err) {
    if (err != null) {
      return AsyncOp.fail(err);
    }
    {
      long index = count;
      count++;
      if (index + 1 == parties) {
        state = State.DRAINING;
        cond.notifyAllNow();
        return exit(AsyncOp.done(index));
      }
      return AsyncOp.await(cond.waitUntil(predicate(() -> state != State.FILLING)), (v2, err2) -> {
        if (err2 != null) {
          return exit(AsyncOp.fail(err2));
        }
        if (state == State.BROKEN || state == State.RESETTING) {
          return exit(AsyncOp.fail(Errors.create(Types.BROKEN_BARRIER_ERROR, "Abort or reset of barrier")));
        }
        return exit(AsyncOp.done(index));
      });
    }
  }

  /** The finally of wait(): count down, and the last one out refills the barrier. */
  private AsyncOp.Next exit(AsyncOp.Next outcome) {
    count--;
    if (count == 0) {
      if (state == State.RESETTING || state == State.DRAINING) {
        state = State.FILLING;
      }
      cond.notifyAllNow();
    }
    return outcome;
  }

  private AsyncOp block() {
    return new AsyncOp("_block") {
      @Override
      protected Next begin() {
        return await(cond.waitUntil(predicate(
            () -> state != State.DRAINING && state != State.RESETTING)), (v, err) -> {
              if (err != null) {
                return fail(err);
              }
              if (state == State.BROKEN) {
                return fail(Errors.create(Types.BROKEN_BARRIER_ERROR, "Barrier aborted"));
              }
              return done(PyNone.NONE);
            });
      }
    };
  }

  private static Object predicate(java.util.function.BooleanSupplier test) {
    return new PyBuiltin("<lambda>", (a, k) -> test.getAsBoolean());
  }

  AsyncOp reset() {
    return withCondition("reset", () -> {
      if (count > 0) {
        if (state != State.RESETTING) {
          state = State.RESETTING;
        }
      } else {
        state = State.FILLING;
      }
      cond.notifyAllNow();
      return AsyncOp.done(PyNone.NONE);
    });
  }

  AsyncOp abort() {
    return withCondition("abort", () -> {
      state = State.BROKEN;
      cond.notifyAllNow();
      return AsyncOp.done(PyNone.NONE);
    });
  }

  static {
    TYPE.setConstructor((a, k) -> new AsyncBarrier(Ops.index(corosim.vm.Args.arg(a, k, 0, "parties", null))));
    TYPE.method("wait", (a, k) -> ((AsyncBarrier) a[0]).waitAtBarrier());
    TYPE.method("reset", (a, k) -> ((AsyncBarrier) a[0]).reset());
    TYPE.method("abort", (a, k) -> ((AsyncBarrier) a[0]).abort());
    TYPE.method("__aenter__", (a, k) -> ((AsyncBarrier) a[0]).waitAtBarrier());
    TYPE.method("__aexit__", (a, k) -> Primitives.now("__aexit__", () -> PyNone.NONE));
    TYPE.attribute("parties", corosim.vm.Descriptors.getter((a, k) -> ((AsyncBarrier) a[0]).parties));
    TYPE.attribute("n_waiting", corosim.vm.Descriptors.getter((a, k) -> {
      AsyncBarrier b = (AsyncBarrier) a[0];
      return b.state == State.FILLING ? b.count : 0L;
    }));
    TYPE.attribute("broken", corosim.vm.Descriptors.getter((a, k) -> ((AsyncBarrier) a[0]).state == State.BROKEN));
    TYPE.method("__repr__", (a, k) -> {
      AsyncBarrier b = (AsyncBarrier) a[0];
      String extra = b.state.value;
      if (b.state != State.BROKEN) {
        extra += ", waiters:" + (b.state == State.FILLING ? b.count : 0) + "/" + b.parties;
      }
      return "<asyncio.locks.Barrier object at " + corosim.vm.Repr.address(b) + " [" + extra + "]>";
    });
  }
}
