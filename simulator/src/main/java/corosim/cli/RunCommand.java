package corosim.cli;

import corosim.loop.Limits;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corosim run FILE}: runs a scenario on the virtual clock. */
@Command(
    name = "run",
    description = "Run an asyncio scenario on the virtual clock.",
    mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (a Python asyncio program)")
  Path file;

  @Option(names = "--stamp", description = "prefix each output line with its virtual time and end with '# elapsed T'")
  boolean stamp;

  @Option(names = "--chart", description = "write a Gantt chart to <reports>/<scenario>.png and .svg")
  boolean chart;

  @Option(names = "--reports", paramLabel = "DIR", description = "where charts go (default: ${DEFAULT-VALUE})",
      defaultValue = "${sys:corosim.reports:-reports}")
  Path reports;

  @Option(names = "--seed", paramLabel = "N", description = "seed of every random choice (default: ${DEFAULT-VALUE})",
      defaultValue = "0")
  long seed;

  @Option(names = "--step-budget", paramLabel = "N",
      description = "loop iterations one step may run without awaiting (default: ${DEFAULT-VALUE})",
      defaultValue = "50000000")
  long stepBudget;

  @Option(names = "--max-tasks", paramLabel = "N", description = "tasks a run may create (default: ${DEFAULT-VALUE})",
      defaultValue = "2000000")
  long maxTasks;

  @Option(names = "--steps", description = "also write each task step to stderr as 'T<TAB>task name' (T: virtual time the step started)")
  boolean steps;

  @Option(names = "--debug", description = "show Java stack traces of internal errors")
  boolean debug;

  @Option(names = "--stats", description = "after the run, print per-task and loop statistics to stderr")
  boolean stats;

  /** A path as the user would type it: relative to the working directory when inside it. */
  private static Path shown(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isRegularFile(file)) {
      System.err.println("corosim: no such scenario file: " + file);
      return ExitCodes.USAGE;
    }
    RunOptions options = new RunOptions(stamp, chart || stats, seed,
        new Limits(maxTasks, stepBudget), chart ? reports : null, steps);
    ScenarioRunner runner = new ScenarioRunner(Main.stdout(), Main.stderr(), debug);
    ScenarioRunner.Outcome outcome = runner.run(file, options);
    if (chart && outcome.trace() != null) {
      String name = ScenarioRunner.scenarioName(file);
      Main.stdout().flush();
      Main.stderr().println("chart: " + shown(reports.resolve(name + ".png")) + " and "
          + shown(reports.resolve(name + ".svg")));
    }
    if (stats && outcome.trace() != null) {
      Main.stdout().flush();
      StatsPrinter.print(outcome.trace(), Main.stderr());
    }
    return outcome.exitCode();
  }
}
