package corosim.vm;

import corosim.loop.Coroutine;
import corosim.loop.ScenarioException;
import corosim.loop.Step;

/**
 * What {@code coro.__await__()} returns (CPython's {@code coroutine_wrapper}): an iterator that
 * drives the coroutine, so {@code yield from coro.__await__()} in a hand-written
 * {@code __await__} passes the coroutine's futures up to the task.
 */
final class CoroutineWrapper implements PyObject, PyIter, Coroutine {
  static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.Layout.NATIVE);

  private final Coroutine coroutine;

  CoroutineWrapper(Coroutine coroutine) {
    this.coroutine = coroutine;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public String name() {
    return coroutine.name();
  }

  @Override
  public Step send(Object value) {
    return coroutine.send(value);
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    return coroutine.throwInto(exception);
  }

  @Override
  public Object next() {
    Step s = coroutine.send(null);
    if (s instanceof Step.Yielded y) {
      return y.value() == null ? PyNone.NONE : y.value();
    }
    if (s instanceof Step.Returned) {
      return null;
    }
    throw (PyException) ((Step.Raised) s).exception();
  }

  static void install() {
    BuiltinTypes.iteratorMethods(TYPE);
    TYPE.method("__next__", (a, k) -> BuiltinTypes.stepValue(((CoroutineWrapper) a[0]).send(null)));
    TYPE.method("send", (a, k) -> BuiltinTypes.stepValue(((CoroutineWrapper) a[0]).send(
        a[1] == PyNone.NONE ? null : a[1])));
    TYPE.method("throw", (a, k) -> BuiltinTypes.stepValue(((CoroutineWrapper) a[0]).throwInto(
        Exceptions.instantiate(a[1]))));
  }
}
