package corosim.report;

import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import corosim.trace.WaitKind;

/** Hand-built traces, recorded in the order the loop would record them (a step when it ends). */
final class Traces {
  private Traces() {}

  /**
   * main starts two workers and gathers them; worker a prints and sleeps 1 s, worker b sleeps
   * 2 s; asyncio.run's internal shutdown task runs at the end.
   */
  static Trace twoTasksSleeping() {
    Recorder r = Recorder.columnar();
    int main = r.taskCreated(0, "Task-1", "main", -1, false);
    r.taskReady(main, 0);
    int a = r.taskCreated(0, "Task-2", "worker", main, false);
    r.taskReady(a, 0);
    int b = r.taskCreated(0, "Task-3", "worker", main, false);
    r.taskReady(b, 0);
    r.step(main, 0, 0, StepEnd.SUSPENDED, WaitKind.FUTURE);
    r.line(0, a, "a sleeps");
    r.step(a, 0, 0, StepEnd.SUSPENDED, WaitKind.TIMER);
    r.step(b, 0, 0, StepEnd.SUSPENDED, WaitKind.TIMER);
    r.timerFired(1, 1, "sleep");
    r.taskReady(a, 1);
    r.line(1, a, "a done");
    r.step(a, 1, 1, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(a, 1, StepEnd.DONE);
    r.timerFired(2, 2, "sleep");
    r.taskReady(b, 2);
    r.step(b, 2, 2, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(b, 2, StepEnd.DONE);
    r.callback(2, 2, "gather._done_callback");
    r.taskReady(main, 2);
    r.step(main, 2, 2, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(main, 2, StepEnd.DONE);
    int shutdown = r.taskCreated(2, "Task-4", "shutdown_default_executor", -1, true);
    r.taskReady(shutdown, 2);
    r.line(2, shutdown, "from an internal task");
    r.step(shutdown, 2, 2, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(shutdown, 2, StepEnd.DONE);
    r.line(2, -1, "after the loop");
    return r.close("two_tasks", 0, 2.0, RunEnd.OK);
  }

  /**
   * Task a calls {@code time.sleep(0.2)} in its first step, holding the loop; task b, ready at
   * 0, starts only at 0.2. A slow callback then runs 0.5 .. 0.75.
   */
  static Trace blockedLoop() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "blocker", -1, false);
    r.taskReady(a, 0);
    int b = r.taskCreated(0, "Task-2", "victim", -1, false);
    r.taskReady(b, 0);
    r.blocked(a, 0, 0.2);
    r.step(a, 0, 0.2, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(a, 0.2, StepEnd.DONE);
    r.step(b, 0.2, 0.2, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(b, 0.2, StepEnd.DONE);
    r.callback(0.5, 0.75, "slow_callback");
    return r.close("blocked", 7, 0.75, RunEnd.OK);
  }

  /**
   * a takes the lock and sleeps 1 s holding it; b waits on the lock, is woken by a's release
   * (recorded during a's step, so before it) and takes the lock at 1.
   */
  static Trace lockWait() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "holder", -1, false);
    r.taskReady(a, 0);
    int b = r.taskCreated(0, "Task-2", "waiter", -1, false);
    r.taskReady(b, 0);
    r.step(a, 0, 0, StepEnd.SUSPENDED, WaitKind.TIMER);
    r.step(b, 0, 0, StepEnd.SUSPENDED, WaitKind.LOCK);
    r.taskReady(a, 1);
    r.taskReady(b, 1);
    r.step(a, 1, 1, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(a, 1, StepEnd.DONE);
    r.step(b, 1, 1, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(b, 1, StepEnd.DONE);
    return r.close("lock_wait", 0, 1.0, RunEnd.OK);
  }

  /**
   * a yields bare ({@code sleep(0)}): its TASK_READY comes before its STEP record. b then blocks
   * the loop 0 .. 0.5, so a's next step waits for the loop until 0.5.
   */
  static Trace bareYieldBehindBlocker() {
    Recorder r = Recorder.columnar();
    int a = r.taskCreated(0, "Task-1", "yielder", -1, false);
    r.taskReady(a, 0);
    int b = r.taskCreated(0, "Task-2", "blocker", -1, false);
    r.taskReady(b, 0);
    r.taskReady(a, 0);
    r.step(a, 0, 0, StepEnd.SUSPENDED, WaitKind.NONE);
    r.blocked(b, 0, 0.5);
    r.step(b, 0, 0.5, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(b, 0.5, StepEnd.DONE);
    r.step(a, 0.5, 0.5, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(a, 0.5, StepEnd.DONE);
    return r.close("bare_yield", 0, 0.5, RunEnd.OK);
  }

  /**
   * main starts {@code tasks} workers; worker i sleeps {@code 3 (i + 1) / tasks} seconds, then
   * prints; the shape of a fan-out scenario with thousands of tasks.
   */
  static Trace manyTasks(int tasks) {
    Recorder r = Recorder.columnar();
    int main = r.taskCreated(0, "Task-1", "main", -1, false);
    r.taskReady(main, 0);
    int[] ids = new int[tasks];
    for (int i = 0; i < tasks; i++) {
      ids[i] = r.taskCreated(0, "Task-" + (i + 2), "worker", main, false);
      r.taskReady(ids[i], 0);
    }
    r.step(main, 0, 0, StepEnd.SUSPENDED, WaitKind.FUTURE);
    for (int id : ids) {
      r.step(id, 0, 0, StepEnd.SUSPENDED, WaitKind.TIMER);
    }
    double last = 0;
    for (int i = 0; i < tasks; i++) {
      double wake = 3.0 * (i + 1) / tasks;
      last = wake;
      r.taskReady(ids[i], wake);
      r.line(wake, ids[i], "worker " + i + " done");
      r.step(ids[i], wake, wake, StepEnd.DONE, WaitKind.NONE);
      r.taskDone(ids[i], wake, StepEnd.DONE);
    }
    r.taskReady(main, last);
    r.step(main, last, last, StepEnd.DONE, WaitKind.NONE);
    r.taskDone(main, last, StepEnd.DONE);
    return r.close("many_tasks", 0, last, RunEnd.OK);
  }
}
