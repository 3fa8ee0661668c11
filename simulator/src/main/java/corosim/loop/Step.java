package corosim.loop;

/**
 * The outcome of resuming a coroutine once: it yielded a value (for a task: a future to wait
 * on, or {@code null} for a bare yield), returned, or raised.
 */
public sealed interface Step {
  /** The coroutine suspended, yielding {@code value} ({@code null} stands for None). */
  record Yielded(Object value) implements Step {}

  /** The coroutine finished with {@code value} ({@code null} stands for None). */
  record Returned(Object value) implements Step {}

  /** The coroutine finished by raising {@code exception}. */
  record Raised(ScenarioException exception) implements Step {}

  /** A bare yield: the task is re-queued at the tail of the ready queue. */
  Yielded BARE_YIELD = new Yielded(null);
}
