package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.StepEnd;
import corosim.trace.Trace;

/** Checks about one task; made by {@link TraceAssert#task}. */
public final class TaskAssert {
  private final TraceAssert parent;
  private final int task;

  TaskAssert(TraceAssert parent, int task) {
    this.parent = parent;
    this.task = task;
  }

  /** Back to the whole trace. */
  public TraceAssert and() {
    return parent;
  }

  public TaskAssert finished() {
    return endedAs(StepEnd.DONE);
  }

  public TaskAssert failed() {
    return endedAs(StepEnd.FAILED);
  }

  public TaskAssert wasCancelled() {
    return endedAs(StepEnd.CANCELLED);
  }

  public TaskAssert isPending() {
    int done = doneEvent(task);
    if (done >= 0) {
      parent.fail("expected " + label() + " to be pending but it ended " + trace().stepEnd(done)
          + " at " + Times.format(trace().start(done)));
    }
    return this;
  }

  /** It ended before the task {@code other} did (earlier in the trace), which must end too. */
  public TaskAssert finishedBefore(String other) {
    int o = parent.findTask(other);
    int mine = ended();
    int theirs = doneEvent(o);
    if (theirs >= 0 && theirs < mine) {
      parent.fail("expected " + label() + " to finish before " + trace().taskInfo(o).label()
          + " but it finished at " + Times.format(trace().start(mine)) + ", after "
          + trace().taskInfo(o).label() + " at " + Times.format(trace().start(theirs)));
    }
    if (theirs < 0) {
      parent.fail("expected " + label() + " to finish before " + trace().taskInfo(o).label()
          + ", which never finished");
    }
    return this;
  }

  /** Its first step ran before the first step of {@code other}. */
  public TaskAssert startedBefore(String other) {
    int o = parent.findTask(other);
    int mine = firstStep(task);
    int theirs = firstStep(o);
    if (mine < 0) {
      parent.fail("expected " + label() + " to start before " + trace().taskInfo(o).label()
          + " but it never started");
    }
    if (theirs >= 0 && theirs < mine) {
      parent.fail("expected " + label() + " to start before " + trace().taskInfo(o).label()
          + " but it started at " + Times.format(trace().start(mine)) + ", after "
          + trace().taskInfo(o).label() + " at " + Times.format(trace().start(theirs)));
    }
    return this;
  }

  /** It ended at virtual time {@code seconds} (within 1e-9 s). */
  public TaskAssert finishedAt(double seconds) {
    int mine = ended();
    if (!(Math.abs(trace().start(mine) - seconds) <= 1e-9)) {
      parent.fail("expected " + label() + " to finish at " + Times.format(seconds)
          + " but it finished at " + Times.format(trace().start(mine)));
    }
    return this;
  }

  public TaskAssert ranSteps(int steps) {
    int n = 0;
    for (int i = 0; i < trace().size(); i++) {
      if (trace().kind(i) == EventKind.STEP && trace().task(i) == task) {
        n++;
      }
    }
    if (n != steps) {
      parent.fail("expected " + label() + " to run " + steps + " steps but it ran " + n);
    }
    return this;
  }

  /** None of its ready-waits was longer than {@code seconds}. */
  public TaskAssert maxReadyWaitAtMost(double seconds) {
    double max = ReadyWaitAnalyzer.analyze(trace()).perTask().get(task).waits().max();
    if (!(max <= seconds)) {
      parent.fail("expected " + label() + " to wait at most " + Times.format(seconds)
          + " to run once ready, but it waited " + Times.format(max));
    }
    return this;
  }

  private TaskAssert endedAs(StepEnd how) {
    int done = ended();
    if (trace().stepEnd(done) != how) {
      parent.fail("expected " + label() + " to end " + how + " but it ended " + trace().stepEnd(done));
    }
    return this;
  }

  private int ended() {
    int done = doneEvent(task);
    if (done < 0) {
      parent.fail("expected " + label() + " to end but it was still pending");
    }
    return done;
  }

  private int doneEvent(int t) {
    for (int i = 0; i < trace().size(); i++) {
      if (trace().kind(i) == EventKind.TASK_DONE && trace().task(i) == t) {
        return i;
      }
    }
    return -1;
  }

  private int firstStep(int t) {
    for (int i = 0; i < trace().size(); i++) {
      if (trace().kind(i) == EventKind.STEP && trace().task(i) == t) {
        return i;
      }
    }
    return -1;
  }

  private String label() {
    return trace().taskInfo(task).label();
  }

  private Trace trace() {
    return parent.trace();
  }
}
