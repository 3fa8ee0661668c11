package corosim.loop;

import corosim.trace.WaitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's {@code asyncio.Future} (as the C {@code _asyncio} module implements it): pending,
 * then finished with a result or an exception, or cancelled. Completion schedules every done
 * callback with {@code call_soon}, in registration order: they run on the next iteration, never
 * inline.
 *
 * <p>Invariant: {@code callbacks} is non-empty only while pending; result and exception are set
 * only when finished, never both.
 */
public class Future {
  /** The three states of an asyncio future. */
  public enum State {
    PENDING,
    CANCELLED,
    FINISHED
  }

  protected final EventLoop loop;
  private State state = State.PENDING;
  private Object result;
  private ScenarioException exception;
  private Object cancelMessage;
  private ScenarioException cancelledException;
  private List<FutureCallback> callbacks;
  private boolean blocking;
  private boolean logTraceback;
  private WaitKind waitKind = WaitKind.FUTURE;

  public Future(EventLoop loop) {
    this.loop = loop;
  }

  public EventLoop loop() {
    return loop;
  }

  public State state() {
    return state;
  }

  public boolean done() {
    return state != State.PENDING;
  }

  public boolean cancelled() {
    return state == State.CANCELLED;
  }

  /** What a task awaiting this future waits for, as the trace records it. */
  public WaitKind waitKind() {
    return waitKind;
  }

  public Future withWaitKind(WaitKind kind) {
    this.waitKind = kind;
    return this;
  }

  /** {@code _asyncio_future_blocking}: set by {@code __await__} before yielding the future. */
  public boolean blocking() {
    return blocking;
  }

  public void setBlocking(boolean blocking) {
    this.blocking = blocking;
  }

  /** True while an exception is set that nobody retrieved (CPython's {@code __log_traceback}). */
  public boolean exceptionUnretrieved() {
    return logTraceback;
  }

  public void markRetrieved() {
    logTraceback = false;
  }

  /** The message given to {@code cancel()}, or null. */
  public Object cancelMessage() {
    return cancelMessage;
  }

  protected void setCancelMessage(Object message) {
    cancelMessage = message;
  }

  /**
   * {@code Future.cancel(msg)}: false if already done; else cancelled, callbacks scheduled.
   */
  public boolean cancel(Object message) {
    logTraceback = false;
    if (state != State.PENDING) {
      return false;
    }
    state = State.CANCELLED;
    cancelMessage = message;
    finish();
    return true;
  }

  /** {@code Future.set_result}: InvalidStateError('invalid state') unless pending. */
  public void setResult(Object value) {
    if (state != State.PENDING) {
      throw loop.host().invalidStateError("invalid state");
    }
    result = value;
    state = State.FINISHED;
    finish();
  }

  /**
   * {@code Future.set_exception} with an exception instance (the caller instantiates classes and
   * refuses StopIteration, as CPython does before this point).
   */
  public void setException(ScenarioException e) {
    if (state != State.PENDING) {
      throw loop.host().invalidStateError("invalid state");
    }
    exception = e;
    state = State.FINISHED;
    logTraceback = true;
    loop.environment().futureFailed(this);
    finish();
  }

  /**
   * {@code Future.result()}: the result, or raises the exception, the CancelledError, or
   * InvalidStateError('Result is not set.') while pending (message of CPython's C Future).
   */
  public Object result() {
    if (state == State.CANCELLED) {
      throw makeCancelledError();
    }
    if (state != State.FINISHED) {
      throw loop.host().invalidStateError("Result is not set.");
    }
    logTraceback = false;
    if (exception != null) {
      throw exception;
    }
    return result;
  }

  /** {@code Future.exception()}: the exception or null; raises like {@link #result()}. */
  public ScenarioException exception() {
    if (state == State.CANCELLED) {
      throw makeCancelledError();
    }
    if (state != State.FINISHED) {
      throw loop.host().invalidStateError("Exception is not set.");
    }
    logTraceback = false;
    return exception;
  }

  /** The exception without marking it retrieved (for reprs and the trace), or null. */
  public ScenarioException peekException() {
    return exception;
  }

  /** The result without any check (for reprs), or null. */
  public Object peekResult() {
    return result;
  }

  /** {@code add_done_callback}: on a done future the callback is scheduled at once. */
  public void addDoneCallback(FutureCallback callback) {
    if (state != State.PENDING) {
      loop.callSoon(new DoneCallbackHandle(callback, this));
      return;
    }
    if (callbacks == null) {
      callbacks = new ArrayList<>(2);
    }
    callbacks.add(callback);
  }

  /** {@code remove_done_callback}: removes every equal callback, returns how many. */
  public int removeDoneCallback(FutureCallback callback) {
    if (callbacks == null) {
      return 0;
    }
    int before = callbacks.size();
    callbacks.removeIf(callback::equals);
    return before - callbacks.size();
  }

  /** The registered callbacks, in order (for reprs). */
  public List<FutureCallback> callbacks() {
    return callbacks == null ? List.of() : List.copyOf(callbacks);
  }

  /**
   * CPython's {@code _make_cancelled_error}: the CancelledError that cancelled a task is handed
   * out once; later calls make a fresh one from the cancel message.
   */
  public ScenarioException makeCancelledError() {
    if (cancelledException != null) {
      ScenarioException e = cancelledException;
      cancelledException = null;
      return e;
    }
    return loop.host().cancelledError(cancelMessage);
  }

  /** Keeps the CancelledError a task's coroutine raised, for the first {@code result()}. */
  protected void keepCancelledException(ScenarioException e) {
    cancelledException = e;
  }

  /** Called once when the future leaves PENDING, before its callbacks are scheduled. */
  protected void onDone() {}

  private void finish() {
    onDone();
    List<FutureCallback> pending = callbacks;
    callbacks = null;
    if (pending != null) {
      for (FutureCallback cb : pending) {
        loop.callSoon(new DoneCallbackHandle(cb, this));
      }
    }
  }

  /** Runs one done callback of a future. */
  static final class DoneCallbackHandle extends Handle {
    private final FutureCallback callback;
    private final Future future;

    DoneCallbackHandle(FutureCallback callback, Future future) {
      this.callback = callback;
      this.future = future;
    }

    @Override
    protected void run() {
      callback.onDone(future);
    }

    @Override
    public Task owner() {
      return callback.owner();
    }

    @Override
    public String label() {
      return callback.label();
    }
  }
}
