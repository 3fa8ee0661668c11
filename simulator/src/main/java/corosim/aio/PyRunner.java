package corosim.aio;

import corosim.loop.EventLoop;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Runtime;

/**
 * {@code asyncio.Runner} (3.11): a loop made on first use, run(coro) repeatedly, and the same
 * shutdown as asyncio.run on close. A loop_factory must make a corosim event loop: subclasses
 * of the event loop in scenario code are not supported.
 */
final class PyRunner implements PyObject {
  static final PyType TYPE = Primitives.type("Runner", "asyncio.runners");

  private enum State { CREATED, INITIALIZED, CLOSED }

  private final Runtime rt;
  private final Object loopFactory;
  private State state = State.CREATED;
  private EventLoop loop;
  private boolean setEventLoop;

  PyRunner(Runtime rt, Object loopFactory) {
    this.rt = rt;
    this.loopFactory = loopFactory;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private void lazyInit() {
    if (state == State.CLOSED) {
      throw Errors.runtimeError("Runner is closed");
    }
    if (state == State.INITIALIZED) {
      return;
    }
    if (loopFactory == PyNone.NONE) {
      loop = new EventLoop(rt.environment());
      if (!setEventLoop) {
        rt.setPolicyLoop(loop);
        setEventLoop = true;
      }
    } else {
      Object made = Ops.call(loopFactory);
      if (!(made instanceof EventLoop l)) {
        throw Errors.typeError("corosim: loop_factory must return a corosim event loop "
            + "(asyncio.new_event_loop); event loop subclasses in scenarios are not supported");
      }
      loop = l;
    }
    state = State.INITIALIZED;
  }

  void close() {
    if (state != State.INITIALIZED) {
      return;
    }
    try {
      Runner.shutdown(rt, loop);
    } finally {
      if (!setEventLoop) {
        loop.close();
      }
      loop = null;
      state = State.CLOSED;
    }
  }

  static {
    TYPE.setConstructor((a, k) -> {
      Object factory = Args.keyword("Runner", a, k, "loop_factory", PyNone.NONE, "debug");
      if (factory instanceof PyType t && t.isSubtypeOf(LoopTypes.LOOP) && t != LoopTypes.LOOP) {
        throw Errors.typeError("corosim: event loop subclasses in scenarios are not supported ("
            + t.name() + ")");
      }
      return new PyRunner(Runtime.current(), factory);
    });
    TYPE.method("__enter__", (a, k) -> {
      ((PyRunner) a[0]).lazyInit();
      return a[0];
    });
    TYPE.method("__exit__", (a, k) -> {
      ((PyRunner) a[0]).close();
      return PyNone.NONE;
    });
    TYPE.method("close", (a, k) -> {
      ((PyRunner) a[0]).close();
      return PyNone.NONE;
    });
    TYPE.method("get_loop", (a, k) -> {
      PyRunner r = (PyRunner) a[0];
      r.lazyInit();
      return r.loop;
    });
    TYPE.method("run", (a, k) -> {
      PyRunner r = (PyRunner) a[0];
      Object coro = a[1];
      if (!Tasks.isCoroutine(coro)) {
        throw Errors.valueError("a coroutine was expected, got " + corosim.vm.Repr.repr(coro));
      }
      r.lazyInit();
      return Runner.runMain(r.rt, r.loop, coro, "Runner.run()");
    });
  }
}
