package corosim.aio;

import corosim.loop.Future;
import corosim.loop.FutureCallback;
import corosim.loop.Handle;
import corosim.loop.TimerHandle;
import corosim.vm.Ops;
import corosim.vm.PyBuiltin;
import corosim.vm.PyFunction;
import corosim.vm.PyMethod;
import java.util.Arrays;

/** Python callables as loop callbacks: handles for call_soon/call_later, done callbacks. */
final class Callbacks {
  private Callbacks() {}

  /** A handle that calls {@code fn(*args)}. */
  static Handle handle(Object fn, Object[] args) {
    return Handle.of(label(fn), () -> Ops.call(fn, args.clone(), null));
  }

  static TimerHandle timer(double when, Object fn, Object[] args) {
    return new TimerHandle(when, label(fn), () -> Ops.call(fn, args.clone(), null));
  }

  /** How CPython's format_helpers names a callback: {@code func_name()}. */
  static String label(Object fn) {
    if (fn instanceof PyFunction f) {
      return f.qualname() + "()";
    }
    if (fn instanceof PyBuiltin b) {
      return b.name() + "()";
    }
    if (fn instanceof PyMethod m) {
      return label(m.function());
    }
    return corosim.vm.Types.of(fn).name() + "()";
  }

  /** {@code fut.add_done_callback(fn)}: calls fn(fut); equal when the callables are equal. */
  static final class PyDoneCallback implements FutureCallback {
    private final Object fn;

    PyDoneCallback(Object fn) {
      this.fn = fn;
    }

    @Override
    public void onDone(Future future) {
      Ops.call(fn, future);
    }

    @Override
    public String label() {
      return Callbacks.label(fn);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PyDoneCallback c && Ops.eq(fn, c.fn);
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return label() + Arrays.toString(new Object[0]);
    }
  }
}
