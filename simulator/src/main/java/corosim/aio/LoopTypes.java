package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.ExceptionHandler;
import corosim.loop.Future;
import corosim.loop.FutureAwait;
import corosim.loop.Handle;
import corosim.loop.Task;
import corosim.loop.TimerHandle;
import corosim.vm.Args;
import corosim.vm.Descriptors;
import corosim.vm.Errors;
import corosim.vm.Exceptions;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyDict;
import corosim.vm.PyException;
import corosim.vm.PyNone;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.Arrays;

/**
 * The Python types of the loop's Java objects — {@code asyncio.Future}, {@code asyncio.Task},
 * handles and the event loop — with their methods. Created once and registered as the types
 * of those Java classes.
 */
final class LoopTypes {
  private LoopTypes() {}

  static final PyType FUTURE = type("Future", "asyncio.futures");
  static final PyType TASK = PyType.builtin("Task", PyType.Layout.NATIVE, FUTURE);
  static final PyType HANDLE = type("Handle", "asyncio.events");
  static final PyType TIMER_HANDLE = PyType.builtin("TimerHandle", PyType.Layout.NATIVE, HANDLE);
  static final PyType LOOP = type("_UnixSelectorEventLoop", "asyncio.unix_events");

  private static PyType type(String name, String module) {
    PyType t = PyType.builtin(name, PyType.Layout.NATIVE);
    t.setModule(module);
    return t;
  }

  static {
    TASK.setModule("asyncio.tasks");
    TIMER_HANDLE.setModule("asyncio.events");
    Types.registerForeign(Future.class, FUTURE);
    Types.registerForeign(Task.class, TASK);
    Types.registerForeign(Handle.class, HANDLE);
    Types.registerForeign(TimerHandle.class, TIMER_HANDLE);
    Types.registerForeign(EventLoop.class, LOOP);
    futureMethods();
    taskMethods();
    handleMethods();
    loopMethods();
  }

  /** Forces the static initialiser (type registration) to have run. */
  static void ensureRegistered() {}

  private static Future fut(Object[] a) {
    return (Future) a[0];
  }

  private static Runtime rt(Future f) {
    return (Runtime) f.loop().host();
  }

  private static void futureMethods() {
    PyType t = FUTURE;
    t.setConstructor((a, k) -> {
      Object loop = Args.keyword("Future", a, k, "loop", PyNone.NONE);
      EventLoop l = loop == PyNone.NONE ? Tasks.eventLoop(Runtime.current()) : (EventLoop) loop;
      return new Future(l);
    });
    t.method("done", (a, k) -> fut(a).done());
    t.method("cancelled", (a, k) -> fut(a).cancelled());
    t.method("result", (a, k) -> fut(a).result());
    t.method("exception", (a, k) -> {
      Object e = fut(a).exception();
      return e == null ? PyNone.NONE : e;
    });
    t.method("set_result", (a, k) -> {
      if (fut(a) instanceof Task) {
        throw Errors.runtimeError("Task does not support set_result operation");
      }
      fut(a).setResult(a[1]);
      return PyNone.NONE;
    });
    t.method("set_exception", (a, k) -> {
      if (fut(a) instanceof Task) {
        throw Errors.runtimeError("Task does not support set_exception operation");
      }
      PyException e = Exceptions.instantiate(a[1]);
      if (e.isInstance(Types.STOP_ITERATION)) {
        throw Errors.typeError("StopIteration interacts badly with generators and cannot be "
            + "raised into a Future");
      }
      fut(a).setException(e);
      return PyNone.NONE;
    });
    t.method("cancel", (a, k) -> fut(a).cancel(nullIfNone(Args.arg(a, k, 1, "msg", PyNone.NONE))));
    t.method("add_done_callback", (a, k) -> {
      fut(a).addDoneCallback(new Callbacks.PyDoneCallback(a[1]));
      return PyNone.NONE;
    });
    t.method("remove_done_callback", (a, k) ->
        (long) fut(a).removeDoneCallback(new Callbacks.PyDoneCallback(a[1])));
    t.method("get_loop", (a, k) -> fut(a).loop());
    t.method("__await__", (a, k) -> new FutureAwait(fut(a)));
    t.method("__iter__", (a, k) -> new FutureAwait(fut(a)));
    t.method("__repr__", (a, k) -> Reprs.future(fut(a)));
    t.attribute("_asyncio_future_blocking", Descriptors.getter((a, k) -> fut(a).blocking()));
  }

  private static Object nullIfNone(Object o) {
    return o == PyNone.NONE ? null : o;
  }

  private static Task task(Object[] a) {
    return (Task) a[0];
  }

  private static void taskMethods() {
    PyType t = TASK;
    t.setConstructor((a, k) -> {
      Object coro = Args.arg(a, k, 0, "coro", null);
      Object loop = Args.keyword("Task", Arrays.copyOfRange(a, 1, a.length), k, "loop",
          PyNone.NONE, "name", "context");
      Object name = Args.keyword("Task", Arrays.copyOfRange(a, 1, a.length), k, "name",
          PyNone.NONE, "loop", "context");
      EventLoop l = loop == PyNone.NONE ? Tasks.eventLoop(Runtime.current()) : (EventLoop) loop;
      return Tasks.create(l, coro, name == PyNone.NONE ? null : Repr.str(name));
    });
    t.method("get_name", (a, k) -> task(a).name());
    t.method("set_name", (a, k) -> {
      task(a).setName(Repr.str(a[1]));
      return PyNone.NONE;
    });
    t.method("get_coro", (a, k) -> task(a).coroutine());
    t.method("cancel", (a, k) -> task(a).cancel(nullIfNone(Args.arg(a, k, 1, "msg", PyNone.NONE))));
    t.method("cancelling", (a, k) -> (long) task(a).cancelling());
    t.method("uncancel", (a, k) -> (long) task(a).uncancel());
    t.method("get_stack", (a, k) -> new corosim.vm.PyList());
    t.method("print_stack", (a, k) -> PyNone.NONE);
  }

  private static void handleMethods() {
    HANDLE.method("cancel", (a, k) -> {
      ((Handle) a[0]).cancel();
      return PyNone.NONE;
    });
    HANDLE.method("cancelled", (a, k) -> ((Handle) a[0]).cancelled());
    HANDLE.method("__repr__", (a, k) -> "<" + (a[0] instanceof TimerHandle ? "TimerHandle" : "Handle")
        + (((Handle) a[0]).cancelled() ? " cancelled" : "") + " " + ((Handle) a[0]).label() + ">");
    TIMER_HANDLE.method("when", (a, k) -> ((TimerHandle) a[0]).when());
  }

  private static EventLoop loop(Object[] a) {
    return (EventLoop) a[0];
  }

  private static Object[] rest(Object[] a, int from) {
    return Arrays.copyOfRange(a, from, a.length);
  }

  private static void loopMethods() {
    PyType t = LOOP;
    t.method("time", (a, k) -> loop(a).time());
    t.method("call_soon", (a, k) -> loop(a).callSoon(Callbacks.handle(a[1], positional(a, k, 2))));
    t.method("call_soon_threadsafe", (a, k) ->
        loop(a).callSoon(Callbacks.handle(a[1], positional(a, k, 2))));
    t.method("call_later", (a, k) -> {
      if (!Numbers.isNumber(a[1])) {
        throw Errors.typeError("'<' not supported between instances of '"
            + Types.of(a[1]).name() + "' and 'float'");
      }
      EventLoop l = loop(a);
      return l.callAt(Callbacks.timer(l.time() + Numbers.toDouble(a[1]), a[2], positional(a, k, 3)));
    });
    t.method("call_at", (a, k) -> loop(a).callAt(
        Callbacks.timer(Numbers.toDouble(a[1]), a[2], positional(a, k, 3))));
    t.method("create_future", (a, k) -> new Future(loop(a)));
    t.method("create_task", (a, k) -> {
      Object name = Args.keyword("create_task", a, k, "name", PyNone.NONE, "context");
      return Tasks.create(loop(a), a[1], name == PyNone.NONE ? null : Repr.str(name));
    });
    t.method("run_until_complete", (a, k) -> {
      EventLoop l = loop(a);
      Runtime rt = (Runtime) l.host();
      boolean newTask = !(a[1] instanceof Future);
      Future f = Tasks.ensureFuture(rt, a[1], l);
      return l.runUntilComplete(f, newTask);
    });
    t.method("run_forever", (a, k) -> {
      loop(a).runForever();
      return PyNone.NONE;
    });
    t.method("stop", (a, k) -> {
      loop(a).stop();
      return PyNone.NONE;
    });
    t.method("close", (a, k) -> {
      loop(a).close();
      return PyNone.NONE;
    });
    t.method("is_running", (a, k) -> loop(a).isRunning());
    t.method("is_closed", (a, k) -> loop(a).isClosed());
    t.method("get_debug", (a, k) -> false);
    t.method("set_debug", (a, k) -> PyNone.NONE);
    t.method("set_exception_handler", (a, k) -> {
      Object fn = a[1];
      loop(a).setExceptionHandler(fn == PyNone.NONE ? null : new PyExceptionHandler(fn));
      return PyNone.NONE;
    });
    t.method("get_exception_handler", (a, k) -> {
      ExceptionHandler h = loop(a).exceptionHandler();
      return h instanceof PyExceptionHandler p ? p.fn : PyNone.NONE;
    });
    t.method("call_exception_handler", (a, k) -> {
      PyDict ctx = (PyDict) a[1];
      loop(a).callExceptionHandler(PyExceptionHandler.context(ctx));
      return PyNone.NONE;
    });
    t.method("default_exception_handler", (a, k) -> {
      EventLoop l = loop(a);
      l.host().defaultExceptionHandler(l, PyExceptionHandler.context((PyDict) a[1]));
      return PyNone.NONE;
    });
    t.method("run_in_executor", (a, k) -> {
      EventLoop l = loop(a);
      Runtime rt = (Runtime) l.host();
      VirtualExecutor ex = a[1] == PyNone.NONE ? Executors.defaultExecutor(rt, l) : (VirtualExecutor) a[1];
      return ex.submit(l, a[2], positional(a, k, 3), null);
    });
    t.method("shutdown_asyncgens", (a, k) -> new SleepCoroutine((Runtime) loop(a).host(), 0, PyNone.NONE));
    t.method("__repr__", (a, k) -> Reprs.loop(loop(a)));
  }

  private static Object[] positional(Object[] a, String[] k, int from) {
    int n = Args.positional(a, k);
    return Arrays.copyOfRange(a, from, Math.max(from, n));
  }

  /** A Python callable installed with {@code loop.set_exception_handler}. */
  static final class PyExceptionHandler implements ExceptionHandler {
    final Object fn;

    PyExceptionHandler(Object fn) {
      this.fn = fn;
    }

    @Override
    public void handle(EventLoop loop, corosim.loop.ErrorContext c) {
      PyDict ctx = new PyDict();
      ctx.put("message", c.message());
      if (c.exception() != null) {
        ctx.put("exception", c.exception());
      }
      if (c.future() != null) {
        ctx.put(c.future() instanceof Task ? "task" : "future", c.future());
      }
      if (c.handle() != null) {
        ctx.put("handle", c.handle());
      }
      Ops.call(fn, loop, ctx);
    }

    static corosim.loop.ErrorContext context(PyDict ctx) {
      Object msg = ctx.get("message");
      Object exc = ctx.get("exception");
      Object fut = ctx.get("future") != null ? ctx.get("future") : ctx.get("task");
      Object h = ctx.get("handle");
      return new corosim.loop.ErrorContext(msg == null ? null : Repr.str(msg),
          exc instanceof PyException e ? e : null, fut instanceof Future f ? f : null,
          h instanceof Handle hh ? hh : null);
    }
  }
}
