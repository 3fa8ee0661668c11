package corosim.loop;

import corosim.trace.StepEnd;
import corosim.trace.WaitKind;

/**
 * CPython 3.11's {@code asyncio.Task}: a future that drives a coroutine one step per handle.
 * Creation queues the first step; a step sends into (or throws into) the coroutine and reacts to
 * what it yields: a blocking future gets the task's wakeup as done callback, a bare yield
 * re-queues the step, anything else is a RuntimeError thrown in at the next step.
 *
 * <p>Invariant: a pending task either waits on exactly one future ({@code waiter}) or has one
 * step queued, never both; {@code mustCancel} is set only while no waiter could be cancelled.
 */
public class Task extends Future {
  private final Coroutine coro;
  private final int traceId;
  private final boolean internal;
  private final FutureCallback wakeup = new Wakeup();
  private String name;
  private boolean mustCancel;
  private Future waiter;
  private int cancelsRequested;
  Task prevLive;
  Task nextLive;

  /**
   * Creates the task and queues its first step, as {@code loop.create_task(coro, name=name)}.
   * A null name takes the next {@code Task-N}. Internal tasks (asyncio.run's shutdown) are
   * marked so the trace can leave them out.
   */
  public Task(EventLoop loop, Coroutine coro, String name, boolean internal) {
    super(loop);
    loop.checkClosed();
    this.coro = coro;
    this.internal = internal;
    this.name = name != null ? name : "Task-" + loop.environment().nextTaskNumber();
    loop.environment().countTask(coro);
    Task parent = loop.environment().currentTask();
    this.traceId =
        loop.recorder().taskCreated(
            loop.time(), this.name, coro.name(), parent == null ? -1 : parent.traceId, internal);
    withWaitKind(WaitKind.TASK);
    loop.callSoon(new StepHandle(this, null));
    loop.register(this);
  }

  public Coroutine coroutine() {
    return coro;
  }

  public String name() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
    loop.recorder().taskRenamed(traceId, name);
  }

  /** The dense id of this task in the trace. */
  public int traceId() {
    return traceId;
  }

  public boolean internal() {
    return internal;
  }

  /** The future this task waits on ({@code _fut_waiter}), or null. */
  public Future waiter() {
    return waiter;
  }

  /** {@code cancelling()}: how many cancellations were requested and not uncancelled. */
  public int cancelling() {
    return cancelsRequested;
  }

  /** {@code uncancel()}: decrements the count (floor 0); 3.11 leaves must-cancel as it is. */
  public int uncancel() {
    if (cancelsRequested > 0) {
      cancelsRequested--;
    }
    return cancelsRequested;
  }

  /**
   * {@code Task.cancel(msg)}: false if done; else counts the request and cancels the future it
   * waits on, or arranges for CancelledError to be thrown in at its next step.
   */
  @Override
  public boolean cancel(Object message) {
    markRetrieved();
    if (done()) {
      return false;
    }
    cancelsRequested++;
    if (waiter != null && waiter.cancel(message)) {
      return true;
    }
    mustCancel = true;
    setCancelMessage(message);
    return true;
  }

  @Override
  protected void onDone() {
    loop.unregister(this);
    StepEnd how =
        cancelled() ? StepEnd.CANCELLED : peekException() != null ? StepEnd.FAILED : StepEnd.DONE;
    loop.recorder().taskDone(traceId, loop.time(), how);
  }

  /** How this task's last step ended, for the trace. */
  StepEnd stepEnd() {
    if (!done()) {
      return StepEnd.SUSPENDED;
    }
    return cancelled() ? StepEnd.CANCELLED : peekException() != null ? StepEnd.FAILED : StepEnd.DONE;
  }

  WaitKind waitingFor() {
    return waiter == null || done() ? WaitKind.NONE : waiter.waitKind();
  }

  /** CPython's {@code Task.__step}. */
  void step(ScenarioException thrown) {
    LoopHost host = loop.host();
    if (done()) {
      throw host.invalidStateError("_step(): already done: " + host.repr(this));
    }
    ScenarioException exc = thrown;
    if (mustCancel) {
      if (exc == null || !host.isCancelledError(exc)) {
        exc = makeCancelledError();
      }
      mustCancel = false;
    }
    waiter = null;
    loop.enterTask(this);
    try {
      Step outcome = exc == null ? coro.send(null) : coro.throwInto(exc);
      if (outcome instanceof Step.Yielded y) {
        yielded(y.value());
      } else if (outcome instanceof Step.Returned r) {
        if (mustCancel) {
          mustCancel = false;
          super.cancel(cancelMessage());
        } else {
          super.setResult(r.value());
        }
      } else if (outcome instanceof Step.Raised r) {
        raised(r.exception());
      } else {
        throw new AssertionError(outcome);
      }
    } finally {
      loop.leaveTask(this);
    }
  }

  private void raised(ScenarioException e) {
    LoopHost host = loop.host();
    if (host.isCancelledError(e)) {
      keepCancelledException(e);
      super.cancel(null);
    } else if (host.isExit(e)) {
      super.setException(e);
      throw e;
    } else {
      super.setException(e);
    }
  }

  private void yielded(Object value) {
    LoopHost host = loop.host();
    if (value == null) {
      loop.callSoon(new StepHandle(this, null));
    } else if (value instanceof Future f) {
      if (f.loop() != loop) {
        retryWith(host.runtimeError(
            "Task " + host.repr(this) + " got Future " + host.repr(f)
                + " attached to a different loop"));
      } else if (!f.blocking()) {
        retryWith(host.runtimeError(
            "yield was used instead of yield from in task " + host.repr(this) + " with "
                + host.repr(f)));
      } else if (f == this) {
        retryWith(host.runtimeError("Task cannot await on itself: " + host.repr(this)));
      } else {
        f.setBlocking(false);
        f.addDoneCallback(wakeup);
        waiter = f;
        if (mustCancel && f.cancel(cancelMessage())) {
          mustCancel = false;
        }
      }
    } else {
      retryWith(host.runtimeError("Task got bad yield: " + host.repr(value)));
    }
  }

  private void retryWith(ScenarioException e) {
    loop.callSoon(new StepHandle(this, e));
  }

  /** CPython's {@code Task.__wakeup}: fetch the awaited future's outcome, then step. */
  private void wakeUp(Future awaited) {
    ScenarioException error = null;
    try {
      awaited.result();
    } catch (ScenarioException e) {
      error = e;
    }
    step(error);
  }

  private final class Wakeup implements FutureCallback {
    @Override
    public void onDone(Future future) {
      wakeUp(future);
    }

    @Override
    public Task owner() {
      return Task.this;
    }

    @Override
    public String label() {
      return "Task.task_wakeup";
    }
  }

  /** A queued step of a task, optionally throwing an exception in. */
  static final class StepHandle extends Handle {
    private final Task task;
    private final ScenarioException exception;

    StepHandle(Task task, ScenarioException exception) {
      this.task = task;
      this.exception = exception;
    }

    @Override
    protected void run() {
      task.step(exception);
    }

    @Override
    public Task owner() {
      return task;
    }

    @Override
    public String label() {
      return "Task.task_step";
    }
  }
}
