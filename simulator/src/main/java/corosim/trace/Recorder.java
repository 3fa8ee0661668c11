package corosim.trace;

/**
 * Receives the events of a run from the loop. {@link #columnar()} keeps them in a {@link Trace};
 * {@link #off()} drops them, for runs that need only the output.
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
