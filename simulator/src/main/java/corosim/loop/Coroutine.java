package corosim.loop;

/**
 * What a task drives: CPython's coroutine protocol. {@code send} resumes with a value (the first
 * send must be {@code null}, which stands for None), {@code throwInto} resumes by raising an
 * exception at the suspension point. Each call runs synchronously to the next suspension and
 * must not block. Scenario coroutines, asyncio's own coroutines written in Java, and test doubles
 * implement it.
 */
public interface Coroutine {
  Step send(Object value);

  Step throwInto(ScenarioException exception);

  /** The coroutine's function name, e.g. {@code worker} (for task labels and reprs). */
  String name();
}
