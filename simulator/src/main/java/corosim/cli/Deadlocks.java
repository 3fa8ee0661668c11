package corosim.cli;

import corosim.loop.DeadlockException;
import corosim.loop.Future;
import corosim.loop.Task;
import corosim.vm.PyCoroutine;

/** The report printed when a run deadlocks: every pending task and what it waits for. */
final class Deadlocks {
  private Deadlocks() {}

  static String describe(DeadlockException d) {
    StringBuilder sb = new StringBuilder();
    sb.append("corosim: deadlock at ").append(Stamp.of(d.time()))
        .append(": nothing is ready and no timer is pending\n");
    for (Task t : d.loop().pendingTasks()) {
      if (t.internal()) {
        continue;
      }
      sb.append("  ").append(t.name()).append(" (").append(t.coroutine().name()).append(")");
      Future w = t.waiter();
      if (w != null) {
        sb.append(" waits on ").append(what(w));
      }
      String where = where(t);
      if (where != null) {
        sb.append(" at ").append(where);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String what(Future f) {
    if (f instanceof Task t) {
      return "task " + t.name();
    }
    return switch (f.waitKind()) {
      case TIMER -> "a timer";
      case LOCK -> "a lock";
      case EVENT -> "an event";
      case QUEUE -> "a queue";
      case CONDITION -> "a condition";
      case SEMAPHORE -> "a semaphore";
      case TASK -> "other tasks";
      default -> "a future nobody completes";
    };
  }

  /** file:line of the innermost scenario coroutine the task is suspended in. */
  private static String where(Task t) {
    Object c = t.coroutine();
    PyCoroutine innermost = null;
    while (c instanceof PyCoroutine pc) {
      innermost = pc;
      c = pc.awaiting();
    }
    return innermost == null ? null : innermost.filename() + ":" + innermost.line();
  }
}
