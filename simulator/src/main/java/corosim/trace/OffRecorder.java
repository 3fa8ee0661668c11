package corosim.trace;

/** Drops every event but still hands out dense task and resource ids; for runs that need only their output. */
final class OffRecorder implements Recorder {
  private int tasks;
  private int resources;

  @Override
  public int taskCreated(double time, String name, String coroutine, int parent, boolean internal) {
    return tasks++;
  }

  @Override
  public void taskRenamed(int task, String name) {}

  @Override
  public void taskReady(int task, double time) {}

  @Override
  public void step(int task, double start, double end, StepEnd how, WaitKind waitingFor) {}

  @Override
  public void callback(double start, double end, String label) {}

  @Override
  public void timerFired(double deadline, double ranAt, String label) {}

  @Override
  public void taskDone(int task, double time, StepEnd how) {}

  @Override
  public void line(double time, int task, String text) {}

  @Override
  public void blocked(int task, double start, double end) {}

  @Override
  public int resourceCreated(double time, int task, WaitKind kind, String name) {
    return resources++;
  }

  @Override
  public Trace close(String scenario, long seed, double elapsed, RunEnd end) {
    return new ColumnarRecorder().close(scenario, seed, elapsed, end);
  }
}
