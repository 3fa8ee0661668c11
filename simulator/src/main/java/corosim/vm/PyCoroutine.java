package corosim.vm;

import corosim.loop.Coroutine;
import corosim.loop.ScenarioException;
import corosim.loop.Step;

/**
 * The object an {@code async def} call returns. It owns one heap frame; each send runs the frame
 * to its next suspension (an awaited future yielded up the chain) and returns.
 */
public final class PyCoroutine implements PyObject, Coroutine {
  private final Interpreter interpreter;
  private final Frame frame;
  private boolean running;
  private boolean finished;
  private boolean started;

  PyCoroutine(Interpreter interpreter, Frame frame) {
    this.interpreter = interpreter;
    this.frame = frame;
    interpreter.runtime().coroutineCreated(this);
  }

  @Override
  public PyType type() {
    return Types.COROUTINE;
  }

  @Override
  public String name() {
    return frame.code.name;
  }

  public String qualname() {
    return frame.function != null ? frame.function.qualname() : frame.code.qualname;
  }

  public boolean started() {
    return started;
  }

  public boolean finished() {
    return finished;
  }

  /** The line the coroutine is suspended at (or will start at), for reprs and diagnostics. */
  public int line() {
    return started ? frame.line() : frame.code.firstLine;
  }

  /** The line of the {@code async def} (its first decorator, if any), as co_firstlineno. */
  public int firstLine() {
    return frame.code.firstLine;
  }

  public String filename() {
    return frame.code.filename;
  }

  /** The coroutine this one is awaiting right now, if any (for "what does it wait on"). */
  public Object awaiting() {
    if (!started || finished || !frame.delegating || frame.sp < 1) {
      return null;
    }
    return frame.stack[frame.sp - 1];
  }

  void checkAwaitable() {
    if (finished) {
      throw Errors.runtimeError("cannot reuse already awaited coroutine");
    }
  }

  @Override
  public Step send(Object value) {
    if (finished) {
      return new Step.Raised(Errors.runtimeError("cannot reuse already awaited coroutine"));
    }
    if (running) {
      return new Step.Raised(Errors.valueError("coroutine already executing"));
    }
    if (!started && value != null && value != PyNone.NONE) {
      return new Step.Raised(
          Errors.typeError("can't send non-None value to a just-started coroutine"));
    }
    return run(value, null);
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    if (finished) {
      return new Step.Raised(exception);
    }
    if (running) {
      return new Step.Raised(Errors.valueError("coroutine already executing"));
    }
    return run(null, (PyException) exception);
  }

  private Step run(Object value, PyException thrown) {
    started = true;
    running = true;
    corosim.loop.Task task = interpreter.runtime().environment().currentTask();
    boolean taskStep = task != null && task.coroutine() == this;
    if (taskStep) {
      interpreter.enterTaskStep();
    }
    try {
      Step s = interpreter.resume(frame, value, thrown, frame.excInfo);
      if (!(s instanceof Step.Yielded)) {
        finished = true;
      }
      if (s instanceof Step.Raised r && r.exception() instanceof PyException e
          && e.isInstance(Types.STOP_ITERATION)) {
        PyException wrapped = Errors.runtimeError("coroutine raised StopIteration");
        wrapped.setCause(e);
        return new Step.Raised(wrapped);
      }
      return s;
    } finally {
      running = false;
      if (taskStep) {
        interpreter.exitTaskStep();
      }
    }
  }

  /** {@code coro.close()}: throw GeneratorExit in; it must not be swallowed by a yield. */
  public void close() {
    if (finished || !started) {
      finished = true;
      return;
    }
    Step s = throwInto(Errors.create(Types.GENERATOR_EXIT));
    if (s instanceof Step.Yielded) {
      throw Errors.runtimeError("coroutine ignored GeneratorExit");
    }
    if (s instanceof Step.Raised r && r.exception() instanceof PyException e
        && !e.isInstance(Types.GENERATOR_EXIT)) {
      throw e;
    }
  }
}
