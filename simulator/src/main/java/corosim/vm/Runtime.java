package corosim.vm;

import corosim.compile.CodeObject;
import corosim.lang.Expr;
import corosim.lang.Source;
import corosim.loop.Environment;
import corosim.loop.ErrorContext;
import corosim.loop.EventLoop;
import corosim.loop.LimitExceededException;
import corosim.loop.Limits;
import corosim.loop.LoopHost;
import corosim.loop.ScenarioException;
import corosim.loop.Task;
import corosim.trace.Recorder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything one run of a scenario shares: builtins, imported modules, the interpreter, the
 * loop environment (virtual clock, task counter, recorder), output, the exception-handling
 * state and the limits. It is the loop's {@link LoopHost}: the asyncio exceptions the loop
 * raises are this VM's exception objects.
 */
public final class Runtime implements LoopHost {
  private static final ThreadLocal<Runtime> CURRENT = new ThreadLocal<>();

  private final Environment environment;
  private final Interpreter interpreter;
  private final Output output;
  private final PyDict builtins;
  private final Map<String, PyModule> modules = new LinkedHashMap<>();
  /** {@code sys.modules}: every module imported so far, by name. */
  final PyDict sysModules = new PyDict();
  private final Map<String, Function<Runtime, PyModule>> nativeModules;
  private final Map<String, Source> sources = new HashMap<>();
  private final Map<Object, Long> objectIds = new IdentityHashMap<>();
  private final List<PyCoroutine> unstarted = new ArrayList<>();
  private final PyBuiltin buildClass;
  private final long seed;
  private ExcInfo excInfo = new ExcInfo();
  private int recursionLimit = 1000;
  /** The event loop policy's loop ({@code set_event_loop}), and whether it was ever set. */
  private EventLoop policyLoop;
  private boolean policyLoopSet;
  private final Map<String, Object> extensions = new HashMap<>();

  public Runtime(Output.Sink sink, Recorder recorder, Limits limits, long seed,
      Map<String, Function<Runtime, PyModule>> nativeModules) {
    this.environment = new Environment(recorder, this, limits);
    this.interpreter = new Interpreter(this);
    this.output = new Output(this, sink);
    this.seed = seed;
    this.nativeModules = new HashMap<>(nativeModules);
    this.builtins = Builtins.create(this);
    this.buildClass = new PyBuiltin("__build_class__", (args, kw) -> Classes.build(this, args, kw));
    StdModules.register(this.nativeModules);
  }

  /** The runtime of the scenario running on this thread (for object ids in reprs). */
  public static Runtime current() {
    return CURRENT.get();
  }

  public Environment environment() {
    return environment;
  }

  public Interpreter interpreter() {
    return interpreter;
  }

  public Output output() {
    return output;
  }

  public PyDict builtins() {
    return builtins;
  }

  public long seed() {
    return seed;
  }

  public Map<String, Source> sources() {
    return sources;
  }

  PyBuiltin buildClass() {
    return buildClass;
  }

  int recursionLimit() {
    return recursionLimit;
  }

  void setRecursionLimit(int limit) {
    recursionLimit = limit;
  }

  ExcInfo excInfo() {
    return excInfo;
  }

  void setExcInfo(ExcInfo e) {
    excInfo = e;
  }

  /** Per-run state other layers hang on the runtime (e.g. the asyncio module's). */
  @SuppressWarnings("unchecked")
  public <T> T extension(String key, java.util.function.Supplier<T> create) {
    return (T) extensions.computeIfAbsent(key, k -> create.get());
  }

  /**
   * {@code time.sleep(d)} in scenario code: the whole loop stands still while the clock moves
   * on by {@code d}, as a blocking call does in CPython.
   */
  void blockingSleep(double seconds) {
    if (job != null) {
      job.elapsed += seconds;
      return;
    }
    environment.clock().advanceBy(seconds);
  }

  /** Virtual time at which output written now is stamped (a job's own time inside a job). */
  double outputTime() {
    return job != null ? job.start + job.elapsed : environment.clock().now();
  }

  // ---- executor jobs

  /**
   * An executor job running synchronously on the virtual pool: its own clock (start plus the
   * time.sleep calls so far) and the lines it printed, held until its completion is delivered.
   */
  public static final class Job {
    final double start;
    double elapsed;
    final List<String> lines = new ArrayList<>();
    final List<Double> times = new ArrayList<>();

    Job(double start) {
      this.start = start;
    }

    /** How long the job ran: the sum of its sleeps (code takes no time). */
    public double duration() {
      return elapsed;
    }
  }

  private Job job;

  /**
   * Runs {@code body} as an executor job starting at virtual time {@code start}: time.sleep adds
   * to the job, output is held back, no event loop is running inside it.
   */
  public Job runJob(double start, Runnable body) {
    if (job != null) {
      throw Errors.runtimeError("corosim runs executor jobs synchronously; a job cannot submit "
          + "another job and wait for it");
    }
    Job j = new Job(start);
    job = j;
    EventLoop running = environment.runningLoop();
    environment.suspendRunningLoop();
    try {
      body.run();
    } finally {
      environment.resumeRunningLoop(running);
      job = null;
    }
    return j;
  }

  boolean inJob() {
    return job != null;
  }

  /** Holds a line a job printed until its completion. */
  boolean captureJobLine(double time, String line) {
    if (job == null) {
      return false;
    }
    job.lines.add(line);
    job.times.add(time);
    return true;
  }

  /** Writes the lines a job printed, with the job's own times, when its completion is delivered. */
  public void releaseJobOutput(Job j) {
    for (int i = 0; i < j.lines.size(); i++) {
      output.emit(j.times.get(i), j.lines.get(i));
    }
  }

  // ---- running a module

  /** Runs compiled module code as {@code __main__}; binds the runtime to this thread. */
  public void runMain(CodeObject code, Source source) {
    sources.put(source.path(), source);
    PyModule main = new PyModule("__main__");
    main.define("__builtins__", new PyModule("builtins", builtins));
    main.define("__file__", source.path());
    main.define("__doc__", PyNone.NONE);
    modules.put("__main__", main);
    sysModules.put("__main__", main);
    CURRENT.set(this);
    try {
      interpreter.runModule(code, main.dict());
    } finally {
      CURRENT.remove();
    }
  }

  /**
   * Runs module-level code with {@code globals} as its namespace: the body of a library module
   * written in Python, or code a library compiles at run time (dataclasses' methods).
   */
  public void exec(CodeObject code, PyDict globals) {
    interpreter.runModule(code, globals);
  }

  /** Converts a code object's language-level constants to VM values, once. */
  Object[] constants(CodeObject code) {
    Object[] cached = code.runtimeConstants;
    if (cached != null) {
      return cached;
    }
    Object[] out = new Object[code.constants.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = constant(code.constants[i]);
    }
    code.runtimeConstants = out;
    return out;
  }

  private static Object constant(Object c) {
    if (c instanceof BigInteger b) {
      return Numbers.normalize(b);
    }
    if (c instanceof Expr.Singleton s) {
      return s == Expr.Singleton.NONE ? PyNone.NONE : PyNone.ELLIPSIS;
    }
    if (c instanceof CodeObject.ConstTuple t) {
      Object[] items = new Object[t.items().size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = constant(t.items().get(i));
      }
      return new PyTuple(items);
    }
    if (c instanceof CodeObject.KwNames k) {
      return k.names().toArray(new String[0]);
    }
    if (c instanceof Expr.Bytes b) {
      return new PyBytes(b.data());
    }
    if (c instanceof Expr.Imaginary) {
      throw Errors.valueError("complex numbers are not supported");
    }
    return c;
  }

  // ---- imports

  Object importName(String name, Object fromList, Object level) {
    PyModule m = module(name);
    if (m == null) {
      String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
      PyException e = Errors.create(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
      e.dict().put("name", top);
      throw e;
    }
    boolean hasFromList = fromList instanceof PyTuple t && t.size() > 0;
    if (!hasFromList && name.contains(".")) {
      return module(name.substring(0, name.indexOf('.')));
    }
    return m;
  }

  /** The module named {@code name}, creating a native one on first import; null if unknown. */
  public PyModule module(String name) {
    PyModule m = modules.get(name);
    if (m != null) {
      return m;
    }
    Function<Runtime, PyModule> factory = nativeModules.get(name);
    if (factory == null) {
      return null;
    }
    m = factory.apply(this);
    modules.put(name, m);
    sysModules.put(name, m);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      PyModule parent = module(name.substring(0, dot));
      if (parent != null) {
        parent.define(name.substring(dot + 1), m);
      }
    }
    return m;
  }

  /** Whether {@code import name} can succeed (for compile-time checks). */
  public boolean knowsModule(String name) {
    return modules.containsKey(name) || nativeModules.containsKey(name);
  }

  /** Where scenario code runs now, for messages: {@code Task-1 (main)} or the module body. */
  String whereRunning() {
    Task t = environment.currentTask();
    if (t != null) {
      return t.name() + " (" + t.coroutine().name() + ")";
    }
    return environment.runningLoop() != null ? "a loop callback" : "the module body";
  }

  // ---- limits

  /**
   * Counts {@code jumps} backward jumps against the running step's budget (the interpreter
   * charges them in batches; the loop resets the budget before every handle); stops the run
   * once the step has gone past it.
   */
  void charge(Frame f, int pc, int jumps) {
    environment.stepBudgetLeft -= jumps;
    if (environment.stepBudgetLeft < 0) {
      Task t = environment.currentTask();
      String who = t == null ? "the module body" : "task " + t.name() + " (" + t.coroutine().name() + ")";
      throw new LimitExceededException(
          who + " ran " + environment.limits().stepBudget()
              + " loop iterations without awaiting (at " + f.code.filename + ":" + f.code.lineAt(pc)
              + ", in " + f.code.name + ")",
          "a step that never awaits blocks the loop forever; add an 'await' in the loop, or "
              + "raise the budget with --step-budget N");
    }
  }

  // ---- object identity (deterministic stand-ins for addresses)

  static long objectId(Object o) {
    Runtime rt = CURRENT.get();
    if (rt == null) {
      return System.identityHashCode(o);
    }
    return rt.objectIds.computeIfAbsent(o, k -> (long) rt.objectIds.size() + 1);
  }

  // ---- coroutines never awaited

  void coroutineCreated(PyCoroutine c) {
    unstarted.add(c);
    if (unstarted.size() >= compactAt) {
      unstarted.removeIf(PyCoroutine::started);
      compactAt = Math.max(4096, unstarted.size() * 2);
    }
  }

  /** When to drop started coroutines from {@code unstarted}: doubling keeps adds O(1) amortised. */
  private int compactAt = 4096;

  /**
   * Warns about coroutines created and never started, as CPython does when they die; one
   * closed before it started does not warn (CPython's coro.close() marks it done).
   */
  public void warnNeverAwaited() {
    for (PyCoroutine c : unstarted) {
      if (!c.started() && !c.finished()) {
        output.error(c.filename() + ":" + c.line() + ": RuntimeWarning: coroutine '"
            + c.qualname() + "' was never awaited\n");
      }
    }
    unstarted.clear();
  }

  // ---- the event loop policy

  public EventLoop policyLoop() {
    return policyLoop;
  }

  public boolean policyLoopSet() {
    return policyLoopSet;
  }

  public void setPolicyLoop(EventLoop loop) {
    policyLoop = loop;
    policyLoopSet = true;
  }

  // ---- LoopHost

  @Override
  public ScenarioException cancelledError(Object message) {
    return message == null
        ? Errors.create(Types.CANCELLED_ERROR)
        : Errors.create(Types.CANCELLED_ERROR, message);
  }

  @Override
  public ScenarioException invalidStateError(String message) {
    return Errors.create(Types.INVALID_STATE_ERROR, message);
  }

  @Override
  public ScenarioException runtimeError(String message) {
    return Errors.runtimeError(message);
  }

  @Override
  public ScenarioException typeError(String message) {
    return Errors.typeError(message);
  }

  @Override
  public boolean isCancelledError(ScenarioException e) {
    return ((PyException) e).isInstance(Types.CANCELLED_ERROR);
  }

  @Override
  public boolean isExit(ScenarioException e) {
    PyException p = (PyException) e;
    return p.isInstance(Types.SYSTEM_EXIT) || p.isInstance(Types.KEYBOARD_INTERRUPT);
  }

  @Override
  public void setContext(ScenarioException e, ScenarioException context) {
    ((PyException) e).setContext((PyException) context);
  }

  @Override
  public String repr(Object value) {
    return value == null ? "None" : Repr.repr(value);
  }

  @Override
  public void defaultExceptionHandler(EventLoop loop, ErrorContext context) {
    StringBuilder sb = new StringBuilder();
    String message = context.message() == null || context.message().isEmpty()
        ? "Unhandled exception in event loop" : context.message();
    sb.append(message).append('\n');
    if (context.future() != null) {
      sb.append(context.futureKey()).append(": ").append(repr(context.future())).append('\n');
    }
    if (context.handle() != null) {
      sb.append("handle: <Handle ").append(context.handle().label()).append(">\n");
    }
    if (context.exception() != null) {
      sb.append(Exceptions.format((PyException) context.exception(), sources));
    }
    output.error(sb.toString());
  }
}
