package corosim.loop;

import corosim.trace.Recorder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's {@code BaseEventLoop} on a virtual clock. One iteration ({@link #runOnce}):
 * drop cancelled timers at the head; if nothing is ready, jump the clock to the first deadline
 * (or report a deadlock when there is none); move every timer due within the clock resolution to
 * the ready queue in (deadline, sequence) order; run exactly the handles queued at that moment,
 * FIFO. What they schedule runs on the next iteration.
 *
 * <p>Invariant: {@code ready} holds handles in call order; {@code timers} holds scheduled timers
 * by (deadline, sequence); {@code running} is true only inside {@link #runForever}.
 */
public final class EventLoop {
  /** {@code time.get_clock_info('monotonic').resolution} on Linux. */
  public static final double CLOCK_RESOLUTION = 1e-9;

  private final Environment env;
  private final ArrayDeque<Handle> ready = new ArrayDeque<>();
  private final TimerHeap timers = new TimerHeap();
  private final FutureCallback stopWhenDone = new StopWhenDone();
  /** From 1: the trace reads a timer number of 0 as "not recorded". */
  private long timerSequence = 1;
  private int cancelledTimers;
  private boolean stopping;
  private boolean running;
  private boolean closed;
  private Task currentTask;
  private Task liveHead;
  private Task liveTail;
  private ExceptionHandler exceptionHandler;
  private long iterations;
  private Object pythonObject;

  public EventLoop(Environment env) {
    this.env = env;
    env.loopCreated(this);
  }

  public Environment environment() {
    return env;
  }

  public LoopHost host() {
    return env.host();
  }

  Recorder recorder() {
    return env.recorder();
  }

  /** {@code loop.time()}: the virtual clock. */
  public double time() {
    return env.clock().now();
  }

  public boolean isRunning() {
    return running;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Iterations run so far (for tests). */
  public long iterations() {
    return iterations;
  }

  /** The task whose step is running, or null in a plain callback. */
  public Task currentTask() {
    return currentTask;
  }

  /** A slot for the VM to keep the Python object standing for this loop. */
  public Object pythonObject() {
    return pythonObject;
  }

  public void setPythonObject(Object o) {
    pythonObject = o;
  }

  /** {@code call_soon}: queues the handle at the tail of the ready queue. */
  public Handle callSoon(Handle h) {
    checkClosed();
    ready.addLast(h);
    h.serial = ++env.handlesQueued;
    Task owner = h.owner();
    if (owner != null) {
      env.recorder().taskReady(owner.traceId(), time(), h.serial);
    } else {
      env.recorder().callbackReady(time(), h.label(), h.serial);
    }
    return h;
  }

  /** {@code call_at}: schedules the timer for its deadline. */
  public TimerHandle callAt(TimerHandle t) {
    checkClosed();
    t.scheduledOn(this, timerSequence++);
    t.inHeap = true;
    timers.push(t);
    env.recorder().timerScheduled(t.when(), time(), t.label(), (int) t.sequence);
    return t;
  }

  void timerCancelled() {
    cancelledTimers++;
  }

  /** Timers scheduled and not yet run (cancelled ones included until dropped). */
  public int scheduledTimers() {
    return timers.size();
  }

  public int readyHandles() {
    return ready.size();
  }

  /** CPython's {@code _run_once}. */
  public void runOnce() {
    iterations++;
    double began = time();
    // CPython rebuilds the heap when more than half of > 100 timers are cancelled; the order of
    // the live ones is unaffected, so this only keeps the heap small.
    if (timers.size() > 100 && cancelledTimers * 2 > timers.size()) {
      timers.removeCancelled();
      cancelledTimers = 0;
    }
    while (!timers.isEmpty() && timers.peek().cancelled()) {
      timers.pop().inHeap = false;
      cancelledTimers = Math.max(0, cancelledTimers - 1);
    }
    if (ready.isEmpty() && !stopping) {
      if (timers.isEmpty()) {
        throw new DeadlockException(this, time());
      }
      env.clock().advanceTo(timers.peek().when());
    }
    double endTime = time() + CLOCK_RESOLUTION;
    while (!timers.isEmpty() && timers.peek().when() < endTime) {
      TimerHandle t = timers.pop();
      t.inHeap = false;
      if (t.cancelled()) {
        cancelledTimers = Math.max(0, cancelledTimers - 1);
      }
      ready.addLast(t);
      t.serial = ++env.handlesQueued;
    }
    int n = ready.size();
    env.recorder().iteration(began, time(), n, n == 0 ? 0 : ready.peekLast().serial);
    for (int i = 0; i < n; i++) {
      Handle h = ready.pollFirst();
      if (!h.cancelled()) {
        runHandle(h);
      } else {
        Task owner = h.owner();
        env.recorder().handleSkipped(owner == null ? -1 : owner.traceId(), time(), h.serial);
      }
    }
  }

  private void runHandle(Handle h) {
    env.handleSerial++;
    env.stepBudgetLeft = env.limits().stepBudget();
    double start = time();
    Task owner = h.owner();
    if (owner != null && env.stepListener() != null) {
      env.stepListener().stepStarting(owner, start);
    }
    if (h instanceof TimerHandle t) {
      t.ran = true;
      env.recorder().timerFired(t.when(), start, t.label(), (int) t.sequence);
    }
    try {
      h.run();
    } catch (ScenarioException e) {
      if (host().isExit(e)) {
        throw e;
      }
      callExceptionHandler(
          new ErrorContext("Exception in callback " + h.label(), e, null, h));
    } finally {
      // Recorded even when SystemExit escapes the loop: the trace never misses a handle that ran.
      double end = time();
      if (owner != null) {
        env.recorder().step(
            owner.traceId(), start, end, owner.stepEnd(), owner.waitingFor(), h.serial);
      } else {
        env.recorder().callback(start, end, h.label(), h.serial);
      }
      if (end > start) {
        env.recorder().blocked(owner == null ? -1 : owner.traceId(), start, end);
      }
    }
  }

  /** {@code run_forever}: iterations until one ends with the stop flag set. */
  public void runForever() {
    checkClosed();
    checkRunning();
    running = true;
    env.running = this;
    try {
      while (true) {
        runOnce();
        if (stopping) {
          break;
        }
      }
    } finally {
      stopping = false;
      running = false;
      env.running = null;
    }
  }

  /**
   * {@code run_until_complete(future)} for a future or task (wrapping a coroutine in a task is
   * the caller's job): runs until it is done, returns its result or raises its exception.
   */
  public Object runUntilComplete(Future future, boolean newTask) {
    checkClosed();
    checkRunning();
    future.addDoneCallback(stopWhenDone);
    try {
      runForever();
    } catch (RuntimeException e) {
      if (newTask && future.done() && !future.cancelled()) {
        future.markRetrieved();
      }
      throw e;
    } finally {
      future.removeDoneCallback(stopWhenDone);
    }
    if (!future.done()) {
      throw host().runtimeError("Event loop stopped before Future completed.");
    }
    return future.result();
  }

  /** {@code stop()}: the current iteration completes, then run_forever returns. */
  public void stop() {
    stopping = true;
  }

  /** {@code close()}: drops queued handles and timers; later scheduling raises. */
  public void close() {
    if (running) {
      throw host().runtimeError("Cannot close a running event loop");
    }
    if (closed) {
      return;
    }
    closed = true;
    // The trace ends the life of whatever is dropped: queued handles are skipped, pending timers
    // cancelled (neither ever runs, as in CPython's close()).
    for (Handle h : ready) {
      Task owner = h.owner();
      env.recorder().handleSkipped(owner == null ? -1 : owner.traceId(), time(), h.serial);
    }
    timers.forEachLive(t -> env.recorder().timerCancelled(time(), (int) t.sequence));
    ready.clear();
    timers.clear();
  }

  void checkClosed() {
    if (closed) {
      throw host().runtimeError("Event loop is closed");
    }
  }

  private void checkRunning() {
    if (running) {
      throw host().runtimeError("This event loop is already running");
    }
    if (env.running != null) {
      throw host().runtimeError(
          "Cannot run the event loop while another loop is running");
    }
  }

  void enterTask(Task task) {
    if (currentTask != null) {
      throw host().runtimeError(
          "Cannot enter into task " + host().repr(task) + " while another task "
              + host().repr(currentTask) + " is being executed.");
    }
    currentTask = task;
  }

  void leaveTask(Task task) {
    if (currentTask != task) {
      throw host().runtimeError(
          "Leaving task " + host().repr(task) + " does not match the current task "
              + host().repr(currentTask) + ".");
    }
    currentTask = null;
  }

  void register(Task t) {
    env.taskStarted();
    t.prevLive = liveTail;
    if (liveTail == null) {
      liveHead = t;
    } else {
      liveTail.nextLive = t;
    }
    liveTail = t;
  }

  void unregister(Task t) {
    if (t.prevLive == null && liveHead != t) {
      return;
    }
    env.taskEnded();
    if (t.prevLive == null) {
      liveHead = t.nextLive;
    } else {
      t.prevLive.nextLive = t.nextLive;
    }
    if (t.nextLive == null) {
      liveTail = t.prevLive;
    } else {
      t.nextLive.prevLive = t.prevLive;
    }
    t.prevLive = null;
    t.nextLive = null;
  }

  /**
   * {@code asyncio.all_tasks(loop)}: the tasks not yet done, in creation order (CPython returns a
   * set in memory-address order; corosim fixes creation order).
   */
  public List<Task> pendingTasks() {
    List<Task> out = new ArrayList<>();
    for (Task t = liveHead; t != null; t = t.nextLive) {
      out.add(t);
    }
    return out;
  }

  public void setExceptionHandler(ExceptionHandler handler) {
    exceptionHandler = handler;
  }

  public ExceptionHandler exceptionHandler() {
    return exceptionHandler;
  }

  /** {@code call_exception_handler(context)}: the custom handler, else the default one. */
  public void callExceptionHandler(ErrorContext context) {
    if (exceptionHandler == null) {
      host().defaultExceptionHandler(this, context);
      return;
    }
    try {
      exceptionHandler.handle(this, context);
    } catch (ScenarioException e) {
      if (host().isExit(e)) {
        throw e;
      }
      host().defaultExceptionHandler(
          this, new ErrorContext("Unhandled error in exception handler", e, null, null));
    }
  }

  /** CPython's {@code _run_until_complete_cb}: stop unless the future ended in SystemExit. */
  private static final class StopWhenDone implements FutureCallback {
    @Override
    public void onDone(Future f) {
      if (!f.cancelled()) {
        ScenarioException e = f.exception();
        if (e != null && f.loop().host().isExit(e)) {
          return;
        }
      }
      f.loop().stop();
    }

    @Override
    public String label() {
      return "_run_until_complete_cb";
    }
  }
}
