package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Handle;
import corosim.loop.Task;
import corosim.loop.TimerHandle;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.PyException;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Runtime;
import corosim.vm.Types;

/**
 * {@code asyncio.timeout(delay)} / {@code timeout_at(when)} (3.11's Timeout): entering records
 * the task's cancel count and schedules a cancellation at the deadline; leaving after that
 * cancellation turns the CancelledError into TimeoutError, unless an outside cancel is pending.
 */
final class Timeout implements PyObject {
  static final PyType TYPE = Primitives.type("Timeout", "asyncio.timeouts");

  private enum State {
    CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"),
    EXITED("finished");

    final String value;

    State(String value) {
      this.value = value;
    }
  }

  private final Runtime rt;
  private State state = State.CREATED;
  private Handle handler;
  private Task task;
  private int cancelling;
  private Object when;

  Timeout(Runtime rt, Object when) {
    this.rt = rt;
    this.when = when;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  void reschedule(Object newWhen) {
    if (state != State.ENTERED) {
      if (state == State.CREATED) {
        throw Errors.runtimeError("Timeout has not been entered");
      }
      throw Errors.runtimeError("Cannot change state of " + state.value + " Timeout");
    }
    when = newWhen;
    if (handler != null) {
      handler.cancel();
    }
    if (newWhen == PyNone.NONE) {
      handler = null;
    } else {
      EventLoop loop = Tasks.runningLoop(rt);
      double w = Numbers.toDouble(newWhen);
      if (w <= loop.time()) {
        handler = loop.callSoon(Handle.of("Timeout._on_timeout()", this::onTimeout));
      } else {
        handler = loop.callAt(new TimerHandle(w, "Timeout._on_timeout()", this::onTimeout));
      }
    }
  }

  private void onTimeout() {
    task.cancel(null);
    state = State.EXPIRING;
    handler = null;
  }

  AsyncOp enter() {
    return Primitives.now("__aenter__", () -> {
      if (state != State.CREATED) {
        throw Errors.runtimeError("Timeout has already been entered");
      }
      EventLoop loop = rt.environment().runningLoop();
      Task t = loop == null ? null : loop.currentTask();
      if (t == null) {
        throw Errors.runtimeError("Timeout should be used inside a task");
      }
      state = State.ENTERED;
      task = t;
      cancelling = t.cancelling();
      reschedule(when);
      return this;
    });
  }

  AsyncOp exit(Object excType, Object exc) {
    return Primitives.now("__aexit__", () -> {
      if (handler != null) {
        handler.cancel();
        handler = null;
      }
      if (state == State.EXPIRING) {
        state = State.EXPIRED;
        if (task.uncancel() <= cancelling && excType == Types.CANCELLED_ERROR) {
          PyException timeout = Errors.create(Types.TIMEOUT_ERROR);
          timeout.setCause((PyException) exc);
          throw timeout;
        }
      } else if (state == State.ENTERED) {
        state = State.EXITED;
      }
      return PyNone.NONE;
    });
  }

  static {
    TYPE.method("__aenter__", (a, k) -> ((Timeout) a[0]).enter());
    TYPE.method("__aexit__", (a, k) -> ((Timeout) a[0]).exit(a[1], a[2]));
    TYPE.method("when", (a, k) -> ((Timeout) a[0]).when);
    TYPE.method("reschedule", (a, k) -> {
      ((Timeout) a[0]).reschedule(a[1]);
      return PyNone.NONE;
    });
    TYPE.method("expired", (a, k) -> {
      State s = ((Timeout) a[0]).state;
      return s == State.EXPIRING || s == State.EXPIRED;
    });
    TYPE.method("__repr__", (a, k) -> {
      Timeout t = (Timeout) a[0];
      String info = "";
      if (t.state == State.ENTERED) {
        info = " when=" + (t.when == PyNone.NONE ? "None"
            : corosim.vm.Repr.repr(corosim.vm.Ops.call(
                Runtime.current().builtins().get("round"), t.when, 3L)));
      }
      return "<Timeout [" + t.state.value + "]" + info + ">";
    });
  }
}
