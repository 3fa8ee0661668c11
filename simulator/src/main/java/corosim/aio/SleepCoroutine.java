package corosim.aio;

import corosim.loop.Coroutine;
import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.ScenarioException;
import corosim.loop.Step;
import corosim.loop.TimerHandle;
import corosim.trace.WaitKind;
import corosim.vm.Errors;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Runtime;
import corosim.vm.Types;

/**
 * {@code asyncio.sleep(delay, result)}: a bare yield for {@code delay <= 0} (one iteration),
 * else a future resolved by a timer at {@code now + delay}, the timer cancelled on the way out
 * (CPython's tasks.sleep).
 */
final class SleepCoroutine implements Coroutine, PyObject {
  private final Runtime rt;
  private final double delay;
  private final Object result;
  private int state;
  private Future future;
  private TimerHandle timer;

  SleepCoroutine(Runtime rt, double delay, Object result) {
    this.rt = rt;
    this.delay = delay;
    this.result = result;
  }

  @Override
  public PyType type() {
    return Types.COROUTINE;
  }

  @Override
  public String name() {
    return "sleep";
  }

  @Override
  public Step send(Object value) {
    switch (state) {
      case 0:
        state = 1;
        if (delay <= 0) {
          return Step.BARE_YIELD;
        }
        EventLoop loop = rt.environment().runningLoop();
        if (loop == null) {
          state = 2;
          return new Step.Raised(Errors.runtimeError("no running event loop"));
        }
        Future f = new Future(loop).withWaitKind(WaitKind.TIMER);
        future = f;
        timer = loop.callAt(new TimerHandle(loop.time() + delay, "sleep(" + delay + ")", () -> {
          if (!f.done()) {
            f.setResult(result);
          }
        }));
        f.setBlocking(true);
        return new Step.Yielded(f);
      case 1:
        state = 2;
        if (future == null) {
          return new Step.Returned(result);
        }
        timer.cancel();
        if (!future.done()) {
          return new Step.Raised(Errors.runtimeError("await wasn't used with future"));
        }
        try {
          return new Step.Returned(future.result());
        } catch (ScenarioException e) {
          return new Step.Raised(e);
        }
      default:
        return new Step.Raised(Errors.runtimeError("cannot reuse already awaited coroutine"));
    }
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    state = 2;
    if (timer != null) {
      timer.cancel();
    }
    return new Step.Raised(exception);
  }
}
