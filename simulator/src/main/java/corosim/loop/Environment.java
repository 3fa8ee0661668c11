package corosim.loop;

import corosim.trace.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every event loop of one run shares, as a CPython process does: the virtual monotonic
 * clock, the {@code Task-N} counter, the running loop, the recorder and the host language.
 */
public final class Environment {
  private final VirtualClock clock = new VirtualClock();
  private final Recorder recorder;
  private final LoopHost host;
  private final Limits limits;
  private int taskNumbers;
  private int tasksCreated;
  EventLoop running;
  /** Counts handles run by any loop. */
  long handleSerial;
  /**
   * Loop iterations (backward jumps) the running step may still make without awaiting; reset to
   * the limit at the start of every handle. The VM decrements it on every backward jump.
   */
  public long stepBudgetLeft;
  private final List<EventLoop> loops = new ArrayList<>();
  private final List<Future> failed = new ArrayList<>();
  private StepListener stepListener;

  /** Told when a task's step starts (for {@code --steps}). */
  @FunctionalInterface
  public interface StepListener {
    void stepStarting(Task task, double time);
  }

  public void setStepListener(StepListener listener) {
    stepListener = listener;
  }

  StepListener stepListener() {
    return stepListener;
  }

  void loopCreated(EventLoop loop) {
    loops.add(loop);
  }

  void futureFailed(Future f) {
    failed.add(f);
  }

  /**
   * CPython logs an exception nobody retrieved when its future dies; corosim reports them when
   * the loop's run ends ({@code loop} non-null) or at the end of the program.
   */
  public void reportUnretrieved(EventLoop loop) {
    List<Future> report = new ArrayList<>();
    failed.removeIf(f -> {
      if (loop != null && f.loop() != loop) {
        return false;
      }
      if (f.exceptionUnretrieved()) {
        report.add(f);
      }
      return true;
    });
    for (Future f : report) {
      f.markRetrieved();
      f.loop().callExceptionHandler(new ErrorContext(
          (f instanceof Task ? "Task" : "Future") + " exception was never retrieved",
          f.peekException(), f, null, "future"));
    }
  }

  /** At the end of the program: unretrieved exceptions, then tasks that never finished. */
  public void reportLeftovers() {
    reportUnretrieved(null);
    for (EventLoop loop : loops) {
      for (Task t : loop.pendingTasks()) {
        loop.callExceptionHandler(new ErrorContext(
            "Task was destroyed but it is pending!", null, t, null, "task"));
      }
    }
  }
  /** Counts handles queued on any loop: the serial of the last one, as the trace numbers them. */
  int handlesQueued;

  public Environment(Recorder recorder, LoopHost host, Limits limits) {
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.host = Objects.requireNonNull(host, "host");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.stepBudgetLeft = limits.stepBudget();
  }

  public VirtualClock clock() {
    return clock;
  }

  public Recorder recorder() {
    return recorder;
  }

  public LoopHost host() {
    return host;
  }

  public Limits limits() {
    return limits;
  }

  /** The loop running now ({@code asyncio._get_running_loop()}), or null. */
  public EventLoop runningLoop() {
    return running;
  }

  /** The task running now on the running loop, or null. */
  public Task currentTask() {
    return running == null ? null : running.currentTask();
  }

  /**
   * While an executor job runs (synchronously, standing for a worker thread) no loop is running
   * from its point of view, as in a real thread.
   */
  public void suspendRunningLoop() {
    running = null;
  }

  public void resumeRunningLoop(EventLoop loop) {
    running = loop;
  }

  /** Increases whenever a loop starts running a handle. */
  public long handleSerial() {
    return handleSerial;
  }

  /** Records a line the program printed, at virtual time {@code time}. */
  public void recordLine(double time, String text) {
    Task t = currentTask();
    recorder.line(time, t == null ? -1 : t.traceId(), text);
  }

  /** The next number of CPython's process-wide {@code Task-N} counter (from 1). */
  public int nextTaskNumber() {
    return ++taskNumbers;
  }

  private long liveTasks;
  private long maxLiveTasks;

  void taskStarted() {
    if (++liveTasks > maxLiveTasks) {
      maxLiveTasks = liveTasks;
    }
  }

  void taskEnded() {
    liveTasks--;
  }

  /** Counts of the run so far, for benchmarks and --stats. */
  public record Counts(long handles, long tasks, long maxLiveTasks) {}

  public Counts counts() {
    return new Counts(handleSerial, tasksCreated, maxLiveTasks);
  }

  void countTask(Coroutine coro) {
    if (++tasksCreated > limits.maxTasks()) {
      throw new LimitExceededException(
          "task limit reached: creating task #" + tasksCreated + " for coroutine '" + coro.name()
              + "' exceeds " + limits.maxTasks() + " tasks",
          "raise it with --max-tasks N");
    }
  }
}
