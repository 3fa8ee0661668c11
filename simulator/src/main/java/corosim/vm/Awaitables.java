package corosim.vm;

import corosim.loop.Coroutine;
import corosim.loop.Future;
import corosim.loop.FutureAwait;
import corosim.loop.Step;

/**
 * What {@code await x} and {@code yield from x} delegate to: a coroutine object (scenario or
 * Java), a future's {@code __await__} iterator, or an object's own {@code __await__}; and the
 * asynchronous iteration protocol.
 */
final class Awaitables {
  private Awaitables() {}

  /** GET_AWAITABLE; {@code where} is 1 for __aenter__, 2 for __aexit__ (for messages). */
  static Object awaitable(Object o, int where) {
    if (o instanceof PyCoroutine c) {
      c.checkAwaitable();
      return c;
    }
    if (o instanceof Coroutine && o instanceof PyObject && !(o instanceof PyGenerator)) {
      return o;
    }
    if (o instanceof Future f) {
      return new FutureAwait(f);
    }
    Object m = Types.of(o).lookup("__await__");
    if (m != null && !Types.of(o).isBuiltin()) {
      Object it = Ops.callDescriptor(m, o);
      if (it instanceof PyCoroutine) {
        throw Errors.typeError("__await__() returned a coroutine");
      }
      if (!(it instanceof PyIter) && Types.of(it).lookup("__next__") == null) {
        throw Errors.typeError("__await__() returned non-iterator of type '"
            + Types.of(it).name() + "'");
      }
      return it;
    }
    String ctx = switch (where) {
      case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: ";
      case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: ";
      default -> null;
    };
    if (ctx != null) {
      throw Errors.typeError(ctx + Types.of(o).name());
    }
    throw Errors.typeError("object " + Types.of(o).name() + " can't be used in 'await' expression");
  }

  static Object yieldFromIterator(Object o) {
    if (o instanceof PyCoroutine) {
      throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    if (o instanceof Future f) {
      return new FutureAwait(f); // Future.__iter__ is __await__
    }
    return Ops.iter(o);
  }

  /** Sends into whatever SEND delegates to. */
  static Step send(Object aw, Object value) {
    if (aw instanceof Coroutine c) {
      return c.send(value == PyNone.NONE ? null : value);
    }
    try {
      Object v;
      if (value == PyNone.NONE || value == null) {
        v = Ops.next(aw);
        if (v == null) {
          return new Step.Returned(lastStopValue(aw));
        }
      } else {
        Object send = Types.of(aw).lookup("send");
        if (send == null) {
          throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        v = Ops.callDescriptor(send, aw, value);
      }
      return new Step.Yielded(v == PyNone.NONE ? null : v);
    } catch (PyException e) {
      if (e.isInstance(Types.STOP_ITERATION)) {
        return new Step.Returned(e.firstArg());
      }
      return new Step.Raised(e);
    }
  }

  private static Object lastStopValue(Object it) {
    return it instanceof PyGenerator g ? g.returnValue() : PyNone.NONE;
  }

  static Step throwInto(Object aw, PyException e) {
    if (aw instanceof Coroutine c) {
      return c.throwInto(e);
    }
    Object thr = Types.of(aw).lookup("throw");
    if (thr == null) {
      return new Step.Raised(e);
    }
    try {
      Object v = Ops.callDescriptor(thr, aw, e);
      return new Step.Yielded(v == PyNone.NONE ? null : v);
    } catch (PyException x) {
      if (x.isInstance(Types.STOP_ITERATION)) {
        return new Step.Returned(x.firstArg());
      }
      return new Step.Raised(x);
    }
  }

  /**
   * {@code anext(it, default)}: awaits {@code __anext__()} and turns StopAsyncIteration into the
   * default (CPython's anextawaitable).
   */
  static final class WithDefault implements Coroutine, PyObject {
    private final Object awaitable;
    private final Object fallback;

    WithDefault(Object awaitable, Object fallback) {
      this.awaitable = awaitable;
      this.fallback = fallback;
    }

    @Override
    public PyType type() {
      return Types.COROUTINE;
    }

    @Override
    public String name() {
      return "anext";
    }

    @Override
    public Step send(Object value) {
      return settle(Awaitables.send(awaitable, value == null ? PyNone.NONE : value));
    }

    @Override
    public Step throwInto(corosim.loop.ScenarioException e) {
      return settle(Awaitables.throwInto(awaitable, (PyException) e));
    }

    private Step settle(Step s) {
      if (s instanceof Step.Raised r && ((PyException) r.exception())
          .isInstance(Types.STOP_ASYNC_ITERATION)) {
        return new Step.Returned(fallback);
      }
      return s;
    }
  }

  /** GET_AITER. */
  static Object aiter(Object o) {
    Object m = Types.of(o).lookup("__aiter__");
    if (m == null) {
      throw Errors.typeError("'async for' requires an object with __aiter__ method, got "
          + Types.of(o).name());
    }
    Object it = Ops.callDescriptor(m, o);
    if (Types.of(it).lookup("__anext__") == null) {
      throw Errors.typeError("'async for' received an object from __aiter__ that does not "
          + "implement __anext__: " + Types.of(it).name());
    }
    return it;
  }

  /** GET_ANEXT: the awaitable of {@code __anext__()}. */
  static Object anext(Object it) {
    Object m = Types.of(it).lookup("__anext__");
    Object aw = Ops.callDescriptor(m, it);
    try {
      return awaitable(aw, 0);
    } catch (PyException e) {
      throw Errors.typeError("'async for' received an invalid object from __anext__: "
          + Types.of(aw).name());
    }
  }
}
