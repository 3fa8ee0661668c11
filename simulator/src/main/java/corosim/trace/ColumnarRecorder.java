package corosim.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps events in primitive columns that grow by doubling: one byte, three ints and two doubles
 * (29 bytes) per event, no object per event. Strings (labels, printed lines) go to side tables indexed by
 * the int column.
 *
 * <p>Invariant: every column holds exactly {@code size} meaningful entries; after {@link #close}
 * nothing more is appended.
 */
final class ColumnarRecorder implements Recorder {
  private byte[] kind = new byte[256];
  private int[] task = new int[256];
  private int[] arg = new int[256];
  private int[] ref = new int[256];
  private double[] start = new double[256];
  private double[] end = new double[256];
  private int size;

  private final List<String> strings = new ArrayList<>();
  private final Map<String, Integer> labelIds = new LinkedHashMap<>();
  private final List<TaskInfo> tasks = new ArrayList<>();
  private final List<ResourceInfo> resources = new ArrayList<>();
  private boolean closed;

  @Override
  public int taskCreated(double time, String name, String coroutine, int parent, boolean internal) {
    int id = tasks.size();
    tasks.add(new TaskInfo(id, name, coroutine, parent, time, internal));
    append(EventKind.TASK_CREATED, id, time, time, parent);
    return id;
  }

  @Override
  public void taskRenamed(int id, String name) {
    TaskInfo t = tasks.get(id);
    tasks.set(id, new TaskInfo(id, name, t.coroutine(), t.parent(), t.created(), t.internal()));
  }

  @Override
  public void taskReady(int id, double time) {
    taskReady(id, time, 0);
  }

  @Override
  public void taskReady(int id, double time, int handle) {
    append(EventKind.TASK_READY, id, time, time, 0, handle);
  }

  @Override
  public void step(int id, double from, double to, StepEnd how, WaitKind waitingFor) {
    step(id, from, to, how, waitingFor, 0);
  }

  @Override
  public void step(int id, double from, double to, StepEnd how, WaitKind waitingFor, int handle) {
    append(EventKind.STEP, id, from, to, how.ordinal() | waitingFor.ordinal() << 8, handle);
  }

  @Override
  public void callback(double from, double to, String label) {
    callback(from, to, label, 0);
  }

  @Override
  public void callback(double from, double to, String label, int handle) {
    append(EventKind.CALLBACK, -1, from, to, label(label), handle);
  }

  @Override
  public void callbackReady(double time, String label, int handle) {
    append(EventKind.CALLBACK_READY, -1, time, time, label(label), handle);
  }

  @Override
  public void handleSkipped(int task, double time, int handle) {
    append(EventKind.HANDLE_SKIPPED, task, time, time, 0, handle);
  }

  @Override
  public void iteration(double began, double now, int handles, int lastHandle) {
    append(EventKind.ITERATION, -1, began, now, handles, lastHandle);
  }

  @Override
  public void timerScheduled(double deadline, double time, String label, int timer) {
    append(EventKind.TIMER_SCHEDULED, -1, deadline, time, label(label), timer);
  }

  @Override
  public void timerFired(double deadline, double ranAt, String label) {
    timerFired(deadline, ranAt, label, 0);
  }

  @Override
  public void timerFired(double deadline, double ranAt, String label, int timer) {
    append(EventKind.TIMER_FIRED, -1, deadline, ranAt, label(label), timer);
  }

  @Override
  public void timerCancelled(double time, int timer) {
    append(EventKind.TIMER_CANCELLED, -1, time, time, 0, timer);
  }

  @Override
  public int resourceCreated(double time, int task, WaitKind kind, String name) {
    int id = resources.size();
    resources.add(new ResourceInfo(id, kind, name, task, time));
    append(EventKind.RESOURCE_CREATED, task, time, time, 0, id);
    return id;
  }

  @Override
  public void resourceRequested(int task, int resource, double time) {
    append(EventKind.RESOURCE_REQUESTED, task, time, time, 0, resource);
  }

  @Override
  public void resourceWoken(int task, int resource, double time) {
    append(EventKind.RESOURCE_WOKEN, task, time, time, 0, resource);
  }

  @Override
  public void resourceAcquired(int task, int resource, double time) {
    append(EventKind.RESOURCE_ACQUIRED, task, time, time, 0, resource);
  }

  @Override
  public void resourceAbandoned(int task, int resource, double time) {
    append(EventKind.RESOURCE_ABANDONED, task, time, time, 0, resource);
  }

  @Override
  public void resourceReleased(int task, int resource, double time) {
    append(EventKind.RESOURCE_RELEASED, task, time, time, 0, resource);
  }

  @Override
  public void taskDone(int id, double time, StepEnd how) {
    append(EventKind.TASK_DONE, id, time, time, how.ordinal());
  }

  @Override
  public void line(double time, int id, String text) {
    strings.add(text);
    append(EventKind.LINE, id, time, time, strings.size() - 1);
  }

  @Override
  public void blocked(int id, double from, double to) {
    append(EventKind.BLOCKED, id, from, to, 0);
  }

  @Override
  public Trace close(String scenario, long seed, double elapsed, RunEnd runEnd) {
    closed = true;
    return new Trace(
        scenario,
        seed,
        elapsed,
        runEnd,
        Arrays.copyOf(kind, size),
        Arrays.copyOf(task, size),
        Arrays.copyOf(arg, size),
        Arrays.copyOf(ref, size),
        Arrays.copyOf(start, size),
        Arrays.copyOf(end, size),
        List.copyOf(strings),
        List.copyOf(tasks),
        List.copyOf(resources));
  }

  private int label(String label) {
    Integer id = labelIds.get(label);
    if (id == null) {
      strings.add(label);
      id = strings.size() - 1;
      labelIds.put(label, id);
    }
    return id;
  }

  private void append(EventKind k, int t, double from, double to, int a) {
    append(k, t, from, to, a, 0);
  }

  private void append(EventKind k, int t, double from, double to, int a, int r) {
    if (closed) {
      throw new IllegalStateException("trace already closed; no more events may be recorded");
    }
    if (size == kind.length) {
      int n = size * 2;
      kind = Arrays.copyOf(kind, n);
      task = Arrays.copyOf(task, n);
      arg = Arrays.copyOf(arg, n);
      ref = Arrays.copyOf(ref, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
    }
    kind[size] = (byte) k.ordinal();
    task[size] = t;
    arg[size] = a;
    ref[size] = r;
    start[size] = from;
    end[size] = to;
    size++;
  }
}
