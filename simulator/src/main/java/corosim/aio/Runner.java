package corosim.aio;

import corosim.loop.Coroutine;
import corosim.loop.EventLoop;
import corosim.loop.ErrorContext;
import corosim.loop.Future;
import corosim.loop.ScenarioException;
import corosim.loop.Step;
import corosim.loop.Task;
import corosim.vm.Errors;
import corosim.vm.PyNone;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import java.util.List;

/**
 * {@code asyncio.run(main)} as CPython 3.11's Runner: a new loop set as the current one, main as
 * a task run until complete, then the shutdown — cancel what is left and gather it, the two
 * internal tasks shutdown_asyncgens and shutdown_default_executor (each consuming a Task-N
 * number), close.
 */
final class Runner {
  private Runner() {}

  static Object run(Runtime rt, Object main) {
    if (rt.environment().runningLoop() != null) {
      throw Errors.runtimeError("asyncio.run() cannot be called from a running event loop");
    }
    EventLoop loop = new EventLoop(rt.environment());
    rt.setPolicyLoop(loop);
    Object result;
    try {
      result = runMain(rt, loop, main, "Runner.run()");
    } catch (ScenarioException e) {
      shutdown(rt, loop);
      throw e;
    }
    shutdown(rt, loop);
    return result;
  }

  /** Runner.run(coro): main as a task on {@code loop}, run until complete. */
  static Object runMain(Runtime rt, EventLoop loop, Object main, String who) {
    if (!Tasks.isCoroutine(main)) {
      throw Errors.valueError("a coroutine was expected, got " + Repr.repr(main));
    }
    if (rt.environment().runningLoop() != null) {
      throw Errors.runtimeError(who + " cannot be called from a running event loop");
    }
    Task task = new Task(loop, (Coroutine) main, null, false);
    return loop.runUntilComplete(task, false);
  }

  /** Runner.close(): cancel remaining tasks, shut down async generators and the executor. */
  static void shutdown(Runtime rt, EventLoop loop) {
    try {
      cancelAllTasks(loop);
      loop.runUntilComplete(internalTask(loop, "shutdown_asyncgens"), true);
      loop.runUntilComplete(shutdownExecutorTask(rt, loop), true);
    } finally {
      rt.setPolicyLoop(null);
      loop.close();
      rt.environment().reportUnretrieved(loop);
    }
  }

  private static void cancelAllTasks(EventLoop loop) {
    List<Task> toCancel = loop.pendingTasks();
    if (toCancel.isEmpty()) {
      return;
    }
    for (Task t : toCancel) {
      t.cancel(null);
    }
    Runtime rt = (Runtime) loop.host();
    Future all = Tasks.gather(rt, toCancel.toArray(), true);
    loop.runUntilComplete(all, false);
    for (Task t : toCancel) {
      if (t.cancelled()) {
        continue;
      }
      ScenarioException e = t.exception();
      if (e != null) {
        loop.callExceptionHandler(new ErrorContext(
            "unhandled exception during asyncio.run() shutdown", e, t, null));
      }
    }
  }

  /** shutdown_default_executor: waits for the default executor's jobs, if there was one. */
  private static Task shutdownExecutorTask(Runtime rt, EventLoop loop) {
    Future done = Executors.shutdownDefault(rt, loop);
    if (done == null) {
      return internalTask(loop, "shutdown_default_executor");
    }
    AsyncOp wait = new AsyncOp("shutdown_default_executor") {
      @Override
      protected Next begin() {
        return await(done, (v, err) -> err != null ? fail(err) : done(PyNone.NONE));
      }
    };
    return new Task(loop, wait, null, true);
  }

  /** One of asyncio.run's shutdown coroutines: nothing to do, done in one step. */
  private static Task internalTask(EventLoop loop, String name) {
    Coroutine done = new Coroutine() {
      @Override
      public Step send(Object value) {
        return new Step.Returned(PyNone.NONE);
      }

      @Override
      public Step throwInto(ScenarioException exception) {
        return new Step.Raised(exception);
      }

      @Override
      public String name() {
        return name;
      }
    };
    return new Task(loop, done, null, true);
  }
}
