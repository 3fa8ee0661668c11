package corosim.vm;

import corosim.loop.Coroutine;
import corosim.loop.ScenarioException;
import corosim.loop.Step;

/** The object a generator function's call returns: an iterator over its yields. */
public final class PyGenerator implements PyObject, PyIter, Coroutine {
  private final Interpreter interpreter;
  private final Frame frame;
  private boolean running;
  private boolean finished;
  private boolean started;
  private Object returnValue = PyNone.NONE;

  PyGenerator(Interpreter interpreter, Frame frame) {
    this.interpreter = interpreter;
    this.frame = frame;
  }

  @Override
  public PyType type() {
    return Types.GENERATOR;
  }

  @Override
  public String name() {
    return frame.code.name;
  }

  public String qualname() {
    return frame.function != null ? frame.function.qualname() : frame.code.qualname;
  }

  boolean running() {
    return running;
  }

  Object returnValue() {
    return returnValue;
  }

  @Override
  public Object next() {
    Step s = send(null);
    if (s instanceof Step.Yielded y) {
      return y.value() == null ? PyNone.NONE : y.value();
    }
    if (s instanceof Step.Returned) {
      return null;
    }
    throw (PyException) ((Step.Raised) s).exception();
  }

  @Override
  public Step send(Object value) {
    if (finished) {
      return new Step.Returned(PyNone.NONE);
    }
    if (running) {
      return new Step.Raised(Errors.valueError("generator already executing"));
    }
    if (!started && value != null && value != PyNone.NONE) {
      return new Step.Raised(
          Errors.typeError("can't send non-None value to a just-started generator"));
    }
    return run(value, null);
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    if (finished) {
      return new Step.Raised(exception);
    }
    return run(null, (PyException) exception);
  }

  private Step run(Object value, PyException thrown) {
    started = true;
    running = true;
    try {
      Step s = interpreter.resume(frame, value, thrown, frame.excInfo);
      if (s instanceof Step.Returned r) {
        finished = true;
        returnValue = r.value();
      } else if (s instanceof Step.Raised r) {
        finished = true;
        if (r.exception() instanceof PyException e && e.isInstance(Types.STOP_ITERATION)) {
          PyException wrapped = Errors.runtimeError("generator raised StopIteration");
          wrapped.setCause(e);
          return new Step.Raised(wrapped);
        }
      }
      return s;
    } finally {
      running = false;
    }
  }

  /** {@code gen.send(v)} from Python: the yielded value, or StopIteration(return value). */
  Object pySend(Object value) {
    return unwrap(send(value));
  }

  Object pyThrow(PyException e) {
    return unwrap(throwInto(e));
  }

  private Object unwrap(Step s) {
    if (s instanceof Step.Yielded y) {
      return y.value() == null ? PyNone.NONE : y.value();
    }
    if (s instanceof Step.Returned r) {
      throw Errors.stopIteration(r.value() == null ? PyNone.NONE : r.value());
    }
    throw (PyException) ((Step.Raised) s).exception();
  }

  /** {@code gen.close()}. */
  void close() {
    if (finished || !started) {
      finished = true;
      return;
    }
    Step s = throwInto(Errors.create(Types.GENERATOR_EXIT));
    if (s instanceof Step.Yielded) {
      throw Errors.runtimeError("generator ignored GeneratorExit");
    }
    if (s instanceof Step.Raised r && r.exception() instanceof PyException e
        && !e.isInstance(Types.GENERATOR_EXIT)) {
      throw e;
    }
  }
}
