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
      if (!Tasks.isCoroutine(main)) {
        throw Errors.valueError("a coroutine was expected, got " + Repr.repr(main));
      }
      Task task = new Task(loop, (Coroutine) main, null, false);
      result = loop.runUntilComplete(task, false);
    } catch (ScenarioException e) {
      shutdown(rt, loop);
      throw e;
    }
    shutdown(rt, loop);
    return result;
  }

  /** Runner.close(): cancel remaining tasks, shut down async generators and the executor. */
  static void shutdown(Runtime rt, EventLoop loop) {
    try {
      cancelAllTasks(loop);
      loop.runUntilComplete(internalTask(loop, "shutdown_asyncgens"), true);
      loop.runUntilComplete(internalTask(loop, "shutdown_default_executor"), true);
    } finally {
      rt.setPolicyLoop(null);
      loop.close();
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
