package corosim.trace;

/**
 * One task of a run: its dense id (creation order from 0), its final name ({@code Task-N} or
 * the name given), the coroutine's function name, the creating task (-1 outside tasks), when it
 * was created, and whether it is one of {@code asyncio.run}'s internal shutdown tasks.
 */
public record TaskInfo(
    int id, String name, String coroutine, int parent, double created, boolean internal) {
  /** How charts and reports label the task: {@code Task-3 worker}. */
  public String label() {
    return coroutine == null || coroutine.isEmpty() ? name : name + " " + coroutine;
  }
}
