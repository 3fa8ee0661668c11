package corosim.vm;

import corosim.loop.Coroutine;
import corosim.loop.ScenarioException;
import corosim.loop.Step;

/**
 * The object an {@code async def} with {@code yield} returns. {@code __anext__()} gives an
 * awaitable that resumes the generator's frame: awaits inside it pass their futures up to the
 * task; a plain {@code yield} completes the awaitable with the yielded item; returning raises
 * StopAsyncIteration.
 */
public final class PyAsyncGenerator implements PyObject {
  private final Interpreter interpreter;
  private final Frame frame;
  private boolean running;
  private boolean finished;
  private boolean started;

  PyAsyncGenerator(Interpreter interpreter, Frame frame) {
    this.interpreter = interpreter;
    this.frame = frame;
  }

  @Override
  public PyType type() {
    return Types.ASYNC_GENERATOR;
  }

  public String qualname() {
    return frame.function != null ? frame.function.qualname() : frame.code.qualname;
  }

  public boolean finished() {
    return finished;
  }

  public boolean started() {
    return started;
  }

  /** {@code __anext__()} / {@code asend(v)}. */
  Coroutine asend(Object value) {
    return new Step0(value, null);
  }

  /** {@code athrow(e)} / the first step of {@code aclose()}. */
  Coroutine athrow(PyException e) {
    return new Step0(null, e);
  }

  /** {@code aclose()}: GeneratorExit thrown in; the generator must not yield again. */
  Coroutine aclose() {
    return new Closing();
  }

  /** The awaitable of one {@code __anext__}/{@code asend}/{@code athrow}. */
  private final class Step0 implements Coroutine, PyObject {
    private Object firstValue;
    private PyException firstThrow;
    private boolean begun;

    Step0(Object value, PyException thrown) {
      this.firstValue = value;
      this.firstThrow = thrown;
    }

    @Override
    public PyType type() {
      return Types.COROUTINE;
    }

    @Override
    public String name() {
      return "asend";
    }

    @Override
    public Step send(Object value) {
      if (!begun) {
        begun = true;
        return resume(firstValue, firstThrow);
      }
      return resume(value, null);
    }

    @Override
    public Step throwInto(ScenarioException exception) {
      begun = true;
      return resume(null, (PyException) exception);
    }
  }

  private Step resume(Object value, PyException thrown) {
    if (finished) {
      if (thrown != null) {
        return new Step.Raised(thrown);
      }
      return new Step.Raised(Errors.create(Types.STOP_ASYNC_ITERATION));
    }
    if (running) {
      return new Step.Raised(Errors.runtimeError("anext(): asynchronous generator is already running"));
    }
    if (!started && thrown != null) {
      finished = true;
      return new Step.Raised(thrown);
    }
    started = true;
    running = true;
    try {
      Step s = interpreter.resume(frame, value, thrown, frame.excInfo);
      if (s instanceof Step.Yielded y) {
        if (frame.delegating) {
          return s; // an await inside the generator: pass the future up
        }
        return new Step.Returned(y.value() == null ? PyNone.NONE : y.value());
      }
      finished = true;
      if (s instanceof Step.Returned) {
        return new Step.Raised(Errors.create(Types.STOP_ASYNC_ITERATION));
      }
      PyException e = (PyException) ((Step.Raised) s).exception();
      if (e.isInstance(Types.STOP_ITERATION) || e.isInstance(Types.STOP_ASYNC_ITERATION)) {
        PyException wrapped = Errors.runtimeError("async generator raised "
            + e.type().name());
        wrapped.setCause(e);
        return new Step.Raised(wrapped);
      }
      return s;
    } finally {
      running = false;
    }
  }

  /** aclose(): throws GeneratorExit; finishing or re-raising it is a clean close. */
  private final class Closing implements Coroutine, PyObject {
    private boolean begun;

    @Override
    public PyType type() {
      return Types.COROUTINE;
    }

    @Override
    public String name() {
      return "aclose";
    }

    @Override
    public Step send(Object value) {
      if (!begun) {
        begun = true;
        if (finished || !started) {
          finished = true;
          return new Step.Returned(PyNone.NONE);
        }
        return outcome(resume(null, Errors.create(Types.GENERATOR_EXIT)));
      }
      return outcome(resume(value, null));
    }

    @Override
    public Step throwInto(ScenarioException exception) {
      return outcome(resume(null, (PyException) exception));
    }

    private Step outcome(Step s) {
      if (s instanceof Step.Returned) {
        return new Step.Raised(Errors.runtimeError("async generator ignored GeneratorExit"));
      }
      if (s instanceof Step.Raised r && r.exception() instanceof PyException e
          && (e.isInstance(Types.GENERATOR_EXIT) || e.isInstance(Types.STOP_ASYNC_ITERATION))) {
        return new Step.Returned(PyNone.NONE);
      }
      return s;
    }
  }
}
