package corosim.loop;

import corosim.trace.Recorder;
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
  /** Counts handles run by any loop: lets per-step budgets notice a new step cheaply. */
  long handleSerial;
  /** Counts handles queued on any loop: the serial of the last one, as the trace numbers them. */
  int handlesQueued;

  public Environment(Recorder recorder, LoopHost host, Limits limits) {
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.host = Objects.requireNonNull(host, "host");
    this.limits = Objects.requireNonNull(limits, "limits");
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

  void countTask(Coroutine coro) {
    if (++tasksCreated > limits.maxTasks()) {
      throw new LimitExceededException(
          "task limit reached: creating task #" + tasksCreated + " for coroutine '" + coro.name()
              + "' exceeds " + limits.maxTasks() + " tasks",
          "raise it with --max-tasks N");
    }
  }
}
