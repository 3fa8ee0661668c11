package corosim.trace;

/**
 * Receives the events of a run from the loop. {@link #columnar()} keeps them in a {@link Trace};
 * {@link #off()} drops them, for runs that need only the output.
 *
 * <p>Handles and timers are identified by ints the loop hands out: a <em>handle serial</em>
 * numbers every handle in the order it entered a ready queue (from 1, across all loops of the
 * run), a <em>timer sequence</em> numbers timers in the order they were scheduled. The methods
 * taking them supersede the shorter ones, which remain for hand-built traces and record 0.
 */
public interface Recorder {
  /** Registers a task and returns its dense id (0, 1, 2, ... in creation order). */
  int taskCreated(double time, String name, String coroutine, int parent, boolean internal);

  void taskRenamed(int task, String name);

  void taskReady(int task, double time);

  void step(int task, double start, double end, StepEnd how, WaitKind waitingFor);

  void callback(double start, double end, String label);

  void timerFired(double deadline, double ranAt, String label);

  void taskDone(int task, double time, StepEnd how);

  void line(double time, int task, String text);

  void blocked(int task, double start, double end);

  // ---- handles, iterations and timers with their serials (issue 5)

  /** The task's next step was queued as handle {@code handle}. */
  default void taskReady(int task, double time, int handle) {
    taskReady(task, time);
  }

  /** Handle {@code handle}, a step of {@code task}, ran from {@code start} to {@code end}. */
  default void step(int task, double start, double end, StepEnd how, WaitKind waitingFor, int handle) {
    step(task, start, end, how, waitingFor);
  }

  /** Handle {@code handle}, not a task step, ran from {@code start} to {@code end}. */
  default void callback(double start, double end, String label, int handle) {
    callback(start, end, label);
  }

  /** A handle that is not a task step was queued. */
  default void callbackReady(double time, String label, int handle) {}

  /** A cancelled handle was reached in its batch and not run. */
  default void handleSkipped(int task, double time, int handle) {}

  /**
   * A loop iteration begins its batch: it began at {@code began}, the clock is now {@code now}
   * (later if it waited for a timer), {@code handles} are queued, the last with serial {@code
   * lastHandle} (0 if none).
   */
  default void iteration(double began, double now, int handles, int lastHandle) {}

  /** Timer {@code timer} (its sequence number) was scheduled at {@code time} for {@code deadline}. */
  default void timerScheduled(double deadline, double time, String label, int timer) {}

  /** Timer {@code timer} runs now ({@code ranAt}); it was due at {@code deadline}. */
  default void timerFired(double deadline, double ranAt, String label, int timer) {
    timerFired(deadline, ranAt, label);
  }

  /** Timer {@code timer} was cancelled before it ran. */
  default void timerCancelled(double time, int timer) {}

  // ---- synchronisation resources (issue 5; recorded by corosim.aio)

  /**
   * Registers a lock, semaphore, condition, event, queue or barrier and returns its dense id (0,
   * 1, 2, ... in creation order); {@code task} is the creating task or -1.
   */
  default int resourceCreated(double time, int task, WaitKind kind, String name) {
    return -1;
  }

  /** {@code task} asked for {@code resource} (it may get it at once or wait). */
  default void resourceRequested(int task, int resource, double time) {}

  /** {@code resource} woke {@code task}, which waited on it (the waiter's future was resolved). */
  default void resourceWoken(int task, int resource, double time) {}

  /** {@code task} got {@code resource}: its request is granted. */
  default void resourceAcquired(int task, int resource, double time) {}

  /** {@code task} stopped waiting for {@code resource} without getting it. */
  default void resourceAbandoned(int task, int resource, double time) {}

  /** {@code task} (or -1) released {@code resource} or made it available. */
  default void resourceReleased(int task, int resource, double time) {}

  /** Ends recording; the trace is immutable from then on. */
  Trace close(String scenario, long seed, double elapsed, RunEnd end);

  static Recorder columnar() {
    return new ColumnarRecorder();
  }

  /** A recorder that keeps nothing but still hands out dense task ids. */
  static Recorder off() {
    return new OffRecorder();
  }
}
