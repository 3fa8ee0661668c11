package corosim.trace;

/**
 * One synchronisation resource of a run (an {@code asyncio.Lock}, {@code Semaphore},
 * {@code Condition}, {@code Event}, {@code Queue} or {@code Barrier}): its dense id (creation order
 * from 0), what kind of wait it causes, the name reports show ({@code Lock-1}, or what the
 * program called it), the creating task (-1 outside tasks) and when it was created.
 */
public record ResourceInfo(int id, WaitKind kind, String name, int creator, double created) {
  public ResourceInfo {
    if (id < 0) {
      throw new IllegalArgumentException("id must be >= 0, got " + id);
    }
    if (kind == null || name == null) {
      throw new IllegalArgumentException("kind and name must not be null");
    }
  }
}
