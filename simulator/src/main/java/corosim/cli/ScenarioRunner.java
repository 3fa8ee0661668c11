package corosim.cli;

import corosim.aio.AsyncioModule;
import corosim.compile.CompileResult;
import corosim.compile.Compiler;
import corosim.lang.Diagnostic;
import corosim.lang.DiagnosticRenderer;
import corosim.lang.ParseResult;
import corosim.lang.Parser;
import corosim.lang.Source;
import corosim.loop.DeadlockException;
import corosim.loop.LimitExceededException;
import corosim.report.GanttChart;
import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.Trace;
import corosim.vm.Exceptions;
import corosim.vm.Output;
import corosim.vm.PyException;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one scenario file end to end: parse, compile, execute on the virtual clock, then print
 * the summary line and write the chart. Every outcome becomes an exit code; a Java stack trace
 * appears only with {@code debug}.
 */
public final class ScenarioRunner {
  private final PrintStream out;
  private final PrintStream err;
  private final PrintStream steps;
  private final boolean debug;

  /** A runner writing the program's output to {@code out}, diagnostics and steps to {@code err}. */
  public ScenarioRunner(PrintStream out, PrintStream err, boolean debug) {
    this(out, err, err, debug);
  }

  public ScenarioRunner(PrintStream out, PrintStream err, PrintStream steps, boolean debug) {
    this.out = out;
    this.err = err;
    this.steps = steps;
    this.debug = debug;
  }

  /** Runs {@code file} and captures everything (for tests). */
  public static RunResult capture(Path file, RunOptions options) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    PrintStream po = new PrintStream(o, false, StandardCharsets.UTF_8);
    PrintStream pe = new PrintStream(e, false, StandardCharsets.UTF_8);
    PrintStream ps = new PrintStream(s, false, StandardCharsets.UTF_8);
    Outcome outcome = new ScenarioRunner(po, pe, ps, false).run(file, options);
    po.flush();
    pe.flush();
    ps.flush();
    return new RunResult(outcome.exitCode, o.toString(StandardCharsets.UTF_8),
        e.toString(StandardCharsets.UTF_8), s.toString(StandardCharsets.UTF_8), outcome.trace);
  }

  /**
   * The exit code, the trace (null when the scenario did not run) and the run's counts (handles
   * run, tasks created, most tasks alive at once; null when it did not run).
   */
  public record Outcome(int exitCode, Trace trace, corosim.loop.Environment.Counts counts) {
    Outcome(int exitCode, Trace trace) {
      this(exitCode, trace, null);
    }
  }

  public Outcome run(Path file, RunOptions options) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("corosim: cannot read " + file + ": " + e.getMessage());
      return new Outcome(ExitCodes.USAGE, null);
    }
    Source source = new Source(file.toString(), text);
    ParseResult parsed = Parser.parse(source);
    if (parsed.hasErrors()) {
      report(source, parsed.diagnostics());
      return new Outcome(ExitCodes.COMPILE_ERROR, null);
    }
    String scenario = scenarioName(file);
    Recorder recorder = options.trace() ? Recorder.columnar() : Recorder.off();
    Output.Sink sink = new Sink(out, err, options.stamp());
    Runtime rt = new Runtime(sink, recorder, options.limits(), options.seed(), AsyncioModule.modules());
    // The runtime decides which imports can succeed: an unknown module is a compile error.
    CompileResult compiled = Compiler.compile(parsed.module(), source.path(), rt::knowsModule);
    if (!compiled.ok()) {
      report(source, compiled.diagnostics());
      return new Outcome(ExitCodes.COMPILE_ERROR, null);
    }
    if (options.steps()) {
      rt.environment().setStepListener((task, time) -> {
        if (!task.internal()) {
          out.flush();
          steps.print(Stamp.of(time) + "\t" + task.name() + "\n");
        }
      });
    }
    int[] exit = {ExitCodes.OK};
    RunEnd[] end = {RunEnd.OK};
    Throwable[] internal = {null};
    Thread worker = new Thread(null, () -> {
      try {
        rt.runMain(compiled.code(), source);
        rt.environment().reportLeftovers();
        rt.warnNeverAwaited();
      } catch (PyException e) {
        exit[0] = exitFor(e, rt);
        end[0] = exit[0] == ExitCodes.OK ? RunEnd.OK : RunEnd.RAISED;
      } catch (DeadlockException d) {
        exit[0] = ExitCodes.DEADLOCK;
        end[0] = RunEnd.DEADLOCK;
        err.print(Deadlocks.describe(d));
      } catch (LimitExceededException l) {
        exit[0] = ExitCodes.RAISED;
        end[0] = RunEnd.LIMIT;
        err.println("corosim: " + l.getMessage());
        err.println("hint: " + l.hint());
      } catch (Throwable t) {
        internal[0] = t;
      }
    }, "corosim-scenario", 1L << 30);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(ExitCodes.INTERNAL_ERROR, null);
    }
    if (internal[0] != null) {
      err.println("corosim: internal error: " + internal[0]
          + " (this is a bug in corosim; please report it with the scenario)");
      if (debug) {
        internal[0].printStackTrace(err);
      }
      return new Outcome(ExitCodes.INTERNAL_ERROR, null);
    }
    double elapsed = rt.environment().clock().now();
    rt.output().finish(elapsed);
    if (options.stamp()) {
      out.println((end[0] == RunEnd.DEADLOCK ? "# DEADLOCK " : "# elapsed ") + Stamp.of(elapsed));
    }
    out.flush();
    Trace trace = recorder.close(scenario, options.seed(), elapsed, end[0]);
    if (options.chartDir() != null) {
      try {
        GanttChart.write(trace, options.chartDir());
      } catch (IOException | RuntimeException e) {
        err.println("corosim: could not write the chart to " + options.chartDir() + ": " + e);
        return new Outcome(ExitCodes.INTERNAL_ERROR, trace);
      }
    }
    return new Outcome(exit[0], trace, rt.environment().counts());
  }

  /** The exit code for an exception that escaped the program, printing its traceback. */
  private int exitFor(PyException e, Runtime rt) {
    if (e.isInstance(Types.SYSTEM_EXIT)) {
      Object code = e.firstArg();
      if (code == corosim.vm.PyNone.NONE) {
        return ExitCodes.OK;
      }
      if (code instanceof Long l) {
        return (int) (long) l;
      }
      rt.output().error(corosim.vm.Repr.str(code) + "\n");
      return ExitCodes.RAISED;
    }
    rt.output().error(Exceptions.uncaughtHeader(e) + Exceptions.format(e, rt.sources()));
    return ExitCodes.RAISED;
  }

  private void report(Source source, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      err.print(DiagnosticRenderer.render(source, d));
    }
    err.flush();
  }

  static String scenarioName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
  }

  /** Writes output lines plain or stamped. */
  private static final class Sink implements Output.Sink {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean stamp;

    Sink(PrintStream out, PrintStream err, boolean stamp) {
      this.out = out;
      this.err = err;
      this.stamp = stamp;
    }

    @Override
    public void line(double time, String text, boolean terminated) {
      if (stamp) {
        out.print(Stamp.of(time) + "\t" + text + "\n");
      } else {
        out.print(terminated ? text + "\n" : text);
      }
    }

    @Override
    public void error(String text) {
      out.flush();
      err.print(text);
      err.flush();
    }
  }
}
