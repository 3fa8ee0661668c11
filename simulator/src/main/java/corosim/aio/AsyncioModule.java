package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.Task;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyFunction;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PySet;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/** The {@code asyncio} module: the table of its functions and names. */
public final class AsyncioModule {
  private AsyncioModule() {}

  /** The native modules this package provides, for the runtime's import table. */
  public static Map<String, Function<Runtime, PyModule>> modules() {
    return Map.of("asyncio", AsyncioModule::create,
        "concurrent", Executors::concurrent,
        "concurrent.futures", Executors::concurrentFutures);
  }

  static PyModule create(Runtime rt) {
    LoopTypes.ensureRegistered();
    PyModule m = new PyModule("asyncio");
    m.define("Future", LoopTypes.FUTURE);
    m.define("Task", LoopTypes.TASK);
    m.define("Handle", LoopTypes.HANDLE);
    m.define("TimerHandle", LoopTypes.TIMER_HANDLE);
    m.define("AbstractEventLoop", LoopTypes.LOOP);
    m.define("BaseEventLoop", LoopTypes.LOOP);
    m.define("SelectorEventLoop", LoopTypes.LOOP);
    m.define("CancelledError", Types.CANCELLED_ERROR);
    m.define("InvalidStateError", Types.INVALID_STATE_ERROR);
    m.define("TimeoutError", Types.TIMEOUT_ERROR);
    m.define("SendfileNotAvailableError", Types.SENDFILE_NOT_AVAILABLE_ERROR);
    m.define("IncompleteReadError", Types.INCOMPLETE_READ_ERROR);
    m.define("LimitOverrunError", Types.LIMIT_OVERRUN_ERROR);
    m.define("BrokenBarrierError", Types.BROKEN_BARRIER_ERROR);
    m.define("QueueEmpty", Types.QUEUE_EMPTY);
    m.define("QueueFull", Types.QUEUE_FULL);

    m.define("Lock", AsyncLock.TYPE);
    m.define("Event", AsyncEvent.TYPE);
    m.define("Condition", AsyncCondition.TYPE);
    m.define("Semaphore", AsyncSemaphore.TYPE);
    m.define("BoundedSemaphore", AsyncSemaphore.BOUNDED);
    m.define("Barrier", AsyncBarrier.TYPE);
    m.define("Queue", AsyncQueue.TYPE);
    m.define("PriorityQueue", AsyncQueue.PRIORITY);
    m.define("LifoQueue", AsyncQueue.LIFO);
    m.define("TaskGroup", AsyncTaskGroup.TYPE);
    m.define("Runner", PyRunner.TYPE);
    m.define("Timeout", Timeout.TYPE);
    m.define("FIRST_COMPLETED", Waits.FIRST_COMPLETED);
    m.define("FIRST_EXCEPTION", Waits.FIRST_EXCEPTION);
    m.define("ALL_COMPLETED", Waits.ALL_COMPLETED);
    m.function("wait", (a, k) -> Waits.waitAll(rt, Args.arg(a, k, 0, "fs", null),
        Args.keyword("wait", Arrays.copyOfRange(a, 1, a.length), k, "timeout", PyNone.NONE,
            "return_when"),
        Args.keyword("wait", Arrays.copyOfRange(a, 1, a.length), k, "return_when",
            Waits.ALL_COMPLETED, "timeout")));
    m.function("wait_for", (a, k) -> Waits.waitFor(rt, Args.arg(a, k, 0, "fut", null),
        Args.arg(a, k, 1, "timeout", PyNone.NONE)));
    m.function("shield", (a, k) -> Waits.shield(rt, a[0]));
    m.function("as_completed", (a, k) -> new AsCompleted(rt, a[0],
        Args.keyword("as_completed", Arrays.copyOfRange(a, 1, a.length), k, "timeout", PyNone.NONE)));
    m.function("timeout", (a, k) -> {
      Object delay = Args.arg(a, k, 0, "delay", null);
      EventLoop loop = Tasks.runningLoop(rt);
      return new Timeout(rt, delay == PyNone.NONE ? PyNone.NONE : loop.time() + Numbers.toDouble(delay));
    });
    m.function("timeout_at", (a, k) -> new Timeout(rt, Args.arg(a, k, 0, "when", null)));

    m.function("to_thread", (a, k) -> VirtualExecutor.toThread(rt, a, k));

    m.function("run", (a, k) -> {
      Args.count("run", a, k, 1, 1);
      Args.keyword("run", a, k, "debug", PyNone.NONE);
      return Runner.run(rt, a[0]);
    });
    m.function("sleep", (a, k) -> {
      Object delay = Args.arg(a, k, 0, "delay", null);
      Object result = Args.arg(a, k, 1, "result", PyNone.NONE);
      if (delay == null) {
        throw Errors.typeError("sleep() missing 1 required positional argument: 'delay'");
      }
      if (!Numbers.isNumber(delay)) {
        throw Errors.typeError("'<=' not supported between instances of '"
            + Types.of(delay).name() + "' and 'int'");
      }
      return new SleepCoroutine(rt, Numbers.toDouble(delay), result);
    });
    m.function("create_task", (a, k) -> {
      Args.count("create_task", a, k, 1, 1);
      Object name = Args.keyword("create_task", a, k, "name", PyNone.NONE, "context");
      return Tasks.createNamed(rt, a[0], name);
    });
    m.function("ensure_future", (a, k) -> {
      Object loop = Args.keyword("ensure_future", a, k, "loop", PyNone.NONE);
      return Tasks.ensureFuture(rt, a[0], loop == PyNone.NONE ? null : (EventLoop) loop);
    });
    m.function("gather", (a, k) -> {
      boolean returnExceptions =
          Ops.truthy(Args.keyword("gather", a, k, "return_exceptions", false));
      return Tasks.gather(rt, Arrays.copyOf(a, Args.positional(a, k)), returnExceptions);
    });
    m.function("get_running_loop", (a, k) -> Tasks.runningLoop(rt));
    m.function("_get_running_loop", (a, k) -> {
      EventLoop l = rt.environment().runningLoop();
      return l == null ? PyNone.NONE : l;
    });
    m.function("get_event_loop", (a, k) -> Tasks.eventLoop(rt));
    m.function("new_event_loop", (a, k) -> new EventLoop(rt.environment()));
    m.function("set_event_loop", (a, k) -> {
      rt.setPolicyLoop(a[0] == PyNone.NONE ? null : (EventLoop) a[0]);
      return PyNone.NONE;
    });
    m.function("current_task", (a, k) -> {
      EventLoop loop = a.length > 0 && a[0] != PyNone.NONE ? (EventLoop) a[0] : Tasks.runningLoop(rt);
      Task t = loop.currentTask();
      return t == null ? PyNone.NONE : t;
    });
    m.function("all_tasks", (a, k) -> {
      EventLoop loop = a.length > 0 && a[0] != PyNone.NONE ? (EventLoop) a[0] : Tasks.runningLoop(rt);
      PySet s = new PySet();
      for (Task t : loop.pendingTasks()) {
        s.add(t);
      }
      return s;
    });
    m.function("iscoroutine", (a, k) -> Tasks.isCoroutine(a[0]));
    m.function("iscoroutinefunction", (a, k) -> a[0] instanceof PyFunction f
        && f.isCoroutineFunction());
    m.function("isfuture", (a, k) -> a[0] instanceof Future);
    return m;
  }
}
