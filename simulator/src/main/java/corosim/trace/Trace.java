package corosim.trace;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The immutable, columnar record of one run: event i has a kind, a task id (-1 when none), a
 * start and an end time in virtual seconds, a kind-specific int and a kind-specific reference
 * (a handle serial, timer sequence or resource id; see {@link EventKind}). Events appear in the
 * order they were recorded; {@link #end} is the time of recording and never decreases.
 * Analyzers and charts read only this class.
 */
public final class Trace {
  private static final StepEnd[] STEP_ENDS = StepEnd.values();
  private static final WaitKind[] WAIT_KINDS = WaitKind.values();
  private static final EventKind[] KINDS = EventKind.values();

  private final String scenario;
  private final long seed;
  private final double elapsed;
  private final RunEnd runEnd;
  private final byte[] kind;
  private final int[] task;
  private final int[] arg;
  private final int[] ref;
  private final double[] start;
  private final double[] end;
  private final List<String> strings;
  private final List<TaskInfo> tasks;
  private final List<ResourceInfo> resources;

  private static final EnumSet<EventKind> HANDLE_KINDS =
      EnumSet.of(
          EventKind.TASK_READY,
          EventKind.STEP,
          EventKind.CALLBACK,
          EventKind.CALLBACK_READY,
          EventKind.HANDLE_SKIPPED,
          EventKind.ITERATION);
  private static final EnumSet<EventKind> TIMER_KINDS =
      EnumSet.of(EventKind.TIMER_SCHEDULED, EventKind.TIMER_FIRED, EventKind.TIMER_CANCELLED);
  private static final EnumSet<EventKind> RESOURCE_KINDS =
      EnumSet.of(
          EventKind.RESOURCE_CREATED,
          EventKind.RESOURCE_REQUESTED,
          EventKind.RESOURCE_WOKEN,
          EventKind.RESOURCE_ACQUIRED,
          EventKind.RESOURCE_ABANDONED,
          EventKind.RESOURCE_RELEASED);
  private static final EnumSet<EventKind> LABEL_KINDS =
      EnumSet.of(
          EventKind.CALLBACK,
          EventKind.TIMER_FIRED,
          EventKind.CALLBACK_READY,
          EventKind.TIMER_SCHEDULED);

  Trace(
      String scenario,
      long seed,
      double elapsed,
      RunEnd runEnd,
      byte[] kind,
      int[] task,
      int[] arg,
      int[] ref,
      double[] start,
      double[] end,
      List<String> strings,
      List<TaskInfo> tasks,
      List<ResourceInfo> resources) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.seed = seed;
    this.elapsed = elapsed;
    this.runEnd = Objects.requireNonNull(runEnd, "runEnd");
    this.kind = kind;
    this.task = task;
    this.arg = arg;
    this.ref = ref;
    this.start = start;
    this.end = end;
    this.strings = strings;
    this.tasks = tasks;
    this.resources = resources;
  }

  /** The scenario's name (its file name without {@code .py}). */
  public String scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  /** Virtual time at which the program ended. */
  public double elapsed() {
    return elapsed;
  }

  public RunEnd runEnd() {
    return runEnd;
  }

  public int size() {
    return kind.length;
  }

  public EventKind kind(int i) {
    return KINDS[kind[i]];
  }

  /** The task of event i, or -1. */
  public int task(int i) {
    return task[i];
  }

  public double start(int i) {
    return start[i];
  }

  public double end(int i) {
    return end[i];
  }

  /** For STEP and TASK_DONE events: how the step or the task ended. */
  public StepEnd stepEnd(int i) {
    requireKind(i, EventKind.STEP, EventKind.TASK_DONE);
    return STEP_ENDS[arg[i] & 0xff];
  }

  /** For STEP events: what the task waits for after this step. */
  public WaitKind waitKind(int i) {
    requireKind(i, EventKind.STEP, EventKind.STEP);
    return WAIT_KINDS[arg[i] >>> 8];
  }

  /** For CALLBACK, TIMER_FIRED, CALLBACK_READY and TIMER_SCHEDULED events: what runs. */
  public String label(int i) {
    requireKind(i, LABEL_KINDS);
    return strings.get(arg[i]);
  }

  /**
   * For TASK_READY, STEP, CALLBACK, CALLBACK_READY and HANDLE_SKIPPED events: the handle's serial
   * (its place in ready-queue order, from 1); for ITERATION events: the serial of the batch's
   * last handle. 0 when the recorder was not told.
   */
  public int handle(int i) {
    requireKind(i, HANDLE_KINDS);
    return ref[i];
  }

  /** For ITERATION events: how many handles its batch held (cancelled ones included). */
  public int batchSize(int i) {
    requireKind(i, EventKind.ITERATION, EventKind.ITERATION);
    return arg[i];
  }

  /** For TIMER_SCHEDULED, TIMER_FIRED and TIMER_CANCELLED events: the timer's sequence number. */
  public int timer(int i) {
    requireKind(i, TIMER_KINDS);
    return ref[i];
  }

  /** For RESOURCE_* events: the resource's id (see {@link #resourceInfo}). */
  public int resource(int i) {
    requireKind(i, RESOURCE_KINDS);
    return ref[i];
  }

  /** For LINE events: the line printed, without its newline. */
  public String text(int i) {
    requireKind(i, EventKind.LINE, EventKind.LINE);
    return strings.get(arg[i]);
  }

  /** For TASK_CREATED events: the parent task, or -1. */
  public int parent(int i) {
    requireKind(i, EventKind.TASK_CREATED, EventKind.TASK_CREATED);
    return arg[i];
  }

  public int taskCount() {
    return tasks.size();
  }

  public TaskInfo taskInfo(int id) {
    return tasks.get(id);
  }

  public List<TaskInfo> tasks() {
    return tasks;
  }

  public int resourceCount() {
    return resources.size();
  }

  public ResourceInfo resourceInfo(int id) {
    return resources.get(id);
  }

  /** The synchronisation resources of the run, in creation order. */
  public List<ResourceInfo> resources() {
    return resources;
  }

  /** The printed lines in order. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < kind.length; i++) {
      if (KINDS[kind[i]] == EventKind.LINE) {
        out.add(strings.get(arg[i]));
      }
    }
    return out;
  }

  /** Event i as a record, for tests and tools; analyzers on big traces use the columns. */
  public Event event(int i) {
    return new Event(i, kind(i), task[i], start[i], end[i], arg[i], ref[i]);
  }

  /**
   * A view of one event. {@code arg} and {@code ref} are kind-specific; use the accessors of
   * {@link Trace}.
   */
  public record Event(
      int index, EventKind kind, int task, double start, double end, int arg, int ref) {}

  private void requireKind(int i, EnumSet<EventKind> kinds) {
    EventKind k = KINDS[kind[i]];
    if (!kinds.contains(k)) {
      throw new IllegalArgumentException("event " + i + " is " + k + ", not one of " + kinds);
    }
  }

  private void requireKind(int i, EventKind a, EventKind b) {
    EventKind k = KINDS[kind[i]];
    if (k != a && k != b) {
      throw new IllegalArgumentException("event " + i + " is " + k + ", not " + a);
    }
  }
}
