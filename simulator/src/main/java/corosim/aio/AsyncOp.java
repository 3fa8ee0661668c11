package corosim.aio;

import corosim.loop.Coroutine;
import corosim.loop.Future;
import corosim.loop.FutureAwait;
import corosim.loop.ScenarioException;
import corosim.loop.Step;
import corosim.vm.Errors;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Types;

/**
 * An asyncio coroutine written in Java, in continuation-passing style: {@link #begin} and each
 * continuation return what to do next — finish, fail, or await something and continue with a
 * {@link Then}. Awaiting delegates send/throw to the awaited object exactly as Python's
 * {@code await} (yield from) does: inline, yielded futures passed up unchanged, so CPython's
 * iteration counts carry over from its Python implementations of locks, queues and waits.
 */
abstract class AsyncOp implements Coroutine, PyObject {
  /** What the body does next. */
  sealed interface Next permits Done, Fail, Await {}

  record Done(Object value) implements Next {}

  record Fail(ScenarioException error) implements Next {}

  /** Await {@code awaitable} (a future or a coroutine), then continue with {@code then}. */
  record Await(Object awaitable, Then then) implements Next {}

  /** The rest of the body after an await: gets the awaited value, or the exception it raised. */
  @FunctionalInterface
  interface Then {
    Next resume(Object value, ScenarioException error);
  }

  private final String name;
  private Coroutine delegate;
  private Then then;
  private boolean started;
  private boolean finished;

  AsyncOp(String name) {
    this.name = name;
  }

  /** The body up to its first await (or its end). */
  protected abstract Next begin();

  static Next done(Object value) {
    return new Done(value);
  }

  static Next fail(ScenarioException error) {
    return new Fail(error);
  }

  static Next await(Object awaitable, Then then) {
    return new Await(awaitable, then);
  }

  @Override
  public PyType type() {
    return Types.COROUTINE;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Step send(Object value) {
    if (finished) {
      return new Step.Raised(Errors.runtimeError("cannot reuse already awaited coroutine"));
    }
    if (!started) {
      started = true;
      return drive(run(this::begin));
    }
    return forward(delegate.send(value));
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    if (finished) {
      return new Step.Raised(exception);
    }
    if (!started) {
      // Thrown into an unstarted coroutine: the body never runs.
      started = true;
      finished = true;
      return new Step.Raised(exception);
    }
    return forward(delegate.throwInto(exception));
  }

  /** What the awaited object did: pass a yield up, or continue the body with its outcome. */
  private Step forward(Step s) {
    if (s instanceof Step.Yielded) {
      return s;
    }
    Then k = then;
    delegate = null;
    then = null;
    if (s instanceof Step.Returned r) {
      return drive(run(() -> k.resume(r.value(), null)));
    }
    ScenarioException e = ((Step.Raised) s).exception();
    return drive(run(() -> k.resume(null, e)));
  }

  private static Next run(java.util.function.Supplier<Next> body) {
    try {
      return body.get();
    } catch (ScenarioException e) {
      return new Fail(e);
    }
  }

  private Step drive(Next next) {
    while (true) {
      if (next instanceof Done d) {
        finished = true;
        return new Step.Returned(d.value());
      }
      if (next instanceof Fail f) {
        finished = true;
        return new Step.Raised(f.error());
      }
      Await a = (Await) next;
      Coroutine c = asCoroutine(a.awaitable());
      Step s = c.send(null);
      if (s instanceof Step.Yielded) {
        delegate = c;
        then = a.then();
        return s;
      }
      Then k = a.then();
      if (s instanceof Step.Returned r) {
        next = run(() -> k.resume(r.value(), null));
      } else {
        ScenarioException e = ((Step.Raised) s).exception();
        next = run(() -> k.resume(null, e));
      }
    }
  }

  private static Coroutine asCoroutine(Object awaitable) {
    if (awaitable instanceof Future f) {
      return new FutureAwait(f);
    }
    if (awaitable instanceof Coroutine c) {
      return c;
    }
    throw new IllegalStateException("AsyncOp can only await futures and coroutines, got "
        + awaitable.getClass().getName());
  }
}
