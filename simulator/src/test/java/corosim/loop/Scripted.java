package corosim.loop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * A hand-written coroutine for loop tests: a script of steps, each a supplier of what to yield
 * (a future to await, or null for a bare yield); it returns its name when the script ends.
 * Thrown exceptions end it with that exception.
 */
final class Scripted implements Coroutine {
  private final String name;
  private final Deque<Supplier<Object>> steps = new ArrayDeque<>();
  private Future awaiting;

  Scripted(String name) {
    this.name = name;
  }

  /** Adds a step: run {@code action}, then yield what it returns. */
  Scripted then(Supplier<Object> action) {
    steps.add(action);
    return this;
  }

  @Override
  public Step send(Object value) {
    if (awaiting != null) {
      Future f = awaiting;
      awaiting = null;
      try {
        f.result();
      } catch (ScenarioException e) {
        return new Step.Raised(e);
      }
    }
    if (steps.isEmpty()) {
      return new Step.Returned(name);
    }
    Object y = steps.poll().get();
    if (y instanceof Future f) {
      if (f.done()) {
        return send(null);
      }
      f.setBlocking(true);
      awaiting = f;
      return new Step.Yielded(f);
    }
    return Step.BARE_YIELD;
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    awaiting = null;
    return new Step.Raised(exception);
  }

  @Override
  public String name() {
    return name;
  }
}
