package corosim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corosim bench}: runs the workloads of {@code scenarios/bench/} in corosim (each in its
 * own JVM) and, where python3 is present, under CPython on the reference virtual clock, and
 * prints per workload: wall time, loop events (handle runs) per second, peak heap, bytes per
 * live task, and the corosim / CPython ratios measured in the same run.
 */
@Command(name = "bench", description = "Benchmark corosim against CPython on scenarios/bench.",
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--dir", paramLabel = "DIR", description = "workload folder (default: ${DEFAULT-VALUE})",
      defaultValue = "${sys:corosim.home:-.}/scenarios/bench")
  Path dir;

  @Option(names = "--only", paramLabel = "NAME", description = "run only workloads whose name contains NAME")
  String only;

  @Option(names = "--runs", paramLabel = "N", description = "runs per workload; the median is shown (default: ${DEFAULT-VALUE})",
      defaultValue = "3")
  int runs;

  @Option(names = "--no-cpython", description = "skip the CPython runs")
  boolean noCpython;

  @Option(names = "--trace-overhead", description = "also run corosim with tracing off and show the cost of tracing")
  boolean traceOverhead;

  @Option(names = "--python", paramLabel = "EXE", description = "the CPython 3.11 interpreter (default: ${DEFAULT-VALUE})",
      defaultValue = "python3")
  String python;

  @Override
  public Integer call() throws Exception {
    List<Path> workloads;
    try (Stream<Path> s = Files.list(dir)) {
      workloads = s.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> only == null || p.getFileName().toString().contains(only)).sorted().toList();
    }
    if (workloads.isEmpty()) {
      Main.stderr().println("corosim: no workloads in " + dir);
      return ExitCodes.USAGE;
    }
    Path runner = Path.of(System.getProperty("corosim.home", "."), "simulator/src/test/python/virtual_clock.py");
    boolean cpython = !noCpython && Files.isRegularFile(runner) && pythonWorks();
    Main.stdout().println(header(cpython));
    Main.stdout().printf(Locale.ROOT, "%-28s %9s %9s %11s %10s %9s%s%n", "workload", "corosim", "events",
        "events/s", "peak heap", "B/task", cpython ? String.format(Locale.ROOT, " %9s %10s %8s %8s",
            "CPython", "peak RSS", "speed", "memory") : "");
    for (Path w : workloads) {
      Map<String, String> r = worker(w, true);
      double wall = Long.parseLong(r.get("wall_ns")) / 1e9;
      long events = Long.parseLong(r.get("events"));
      long heap = Long.parseLong(r.get("peak_heap"));
      long live = Math.max(1, Long.parseLong(r.get("max_live_tasks")));
      String name = w.getFileName().toString().replace(".py", "");
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %8.2fs %9s %11s %10s %9d",
          name, wall, si(events), si((long) (events / wall)), mb(heap), heap / live));
      if (cpython) {
        double[] py = cpythonRun(runner, w, r.get("output"));
        double pyWall = py[0];
        long pyRss = (long) py[1] * 1024;
        long corosimRss = Long.parseLong(r.get("peak_rss_kb")) * 1024;
        line.append(String.format(Locale.ROOT, " %8.2fs %10s %7.1fx %7.2fx", pyWall, mb(pyRss),
            pyWall / wall, (double) corosimRss / pyRss));
      }
      Main.stdout().println(line);
      if (traceOverhead) {
        Map<String, String> off = worker(w, false);
        double wallOff = Long.parseLong(off.get("wall_ns")) / 1e9;
        Main.stdout().printf(Locale.ROOT, "%-28s tracing off %.2fs: tracing costs %+.0f%%%n", "",
            wallOff, (wall / wallOff - 1) * 100);
      }
      Main.stdout().flush();
    }
    Main.stdout().println("speed = corosim events/s over CPython's (same events: the schedules are "
        + "identical); memory = corosim peak RSS over CPython's");
    return ExitCodes.OK;
  }

  private String header(boolean cpython) {
    return String.format(Locale.ROOT, "corosim bench: %d run(s) per workload, median; %s %s, %d cores, Java %s%s",
        runs, System.getProperty("os.name"), System.getProperty("os.arch"),
        java.lang.Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        cpython ? ", " + pythonVersion() : ", CPython not measured");
  }

  private Map<String, String> worker(Path workload, boolean trace) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xss64m", "-Xmx6g", "-cp", classpath,
        BenchWorker.class.getName(), workload.toString(), Integer.toString(runs), Boolean.toString(trace))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0 || !out.contains("RESULT ")) {
      throw new IllegalStateException("benchmark worker failed on " + workload + ":\n" + out);
    }
    Map<String, String> r = new LinkedHashMap<>();
    for (String kv : out.substring(out.indexOf("RESULT ") + 7).strip().split(" ")) {
      int eq = kv.indexOf('=');
      r.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return r;
  }

  /** Median wall time and peak RSS (KiB) of CPython running the workload, checking its output. */
  private double[] cpythonRun(Path runner, Path workload, String expected) throws IOException, InterruptedException {
    String script = "import resource, subprocess, sys, time\n"
        + "walls = []\n"
        + "for _ in range(int(sys.argv[3])):\n"
        + "    t = time.perf_counter()\n"
        + "    out = subprocess.run([sys.executable, sys.argv[1], sys.argv[2]], capture_output=True, text=True)\n"
        + "    walls.append(time.perf_counter() - t)\n"
        + "    if out.returncode: sys.exit(out.stderr)\n"
        + "walls.sort()\n"
        + "print(walls[len(walls) // 2], resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, out.stdout.strip().replace(' ', '_'))\n";
    Process p = new ProcessBuilder(python, "-c", script, runner.toString(), workload.toString(),
        Integer.toString(runs)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("CPython failed on " + workload + ":\n" + out);
    }
    String[] parts = out.split(" ");
    if (!parts[2].equals(expected)) {
      throw new IllegalStateException("corosim and CPython disagree on " + workload + ": '" + expected
          + "' vs '" + parts[2] + "'");
    }
    return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
  }

  private boolean pythonWorks() {
    return pythonVersion().startsWith("CPython 3.11");
  }

  private String pythonVersion() {
    try {
      Process p = new ProcessBuilder(python, "-c",
          "import platform; print(platform.python_implementation(), platform.python_version())")
          .redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? v : "";
    } catch (IOException | InterruptedException e) {
      return "";
    }
  }

  private static String si(long n) {
    if (n >= 1_000_000) {
      return String.format(Locale.ROOT, "%.2fM", n / 1e6);
    }
    if (n >= 1_000) {
      return String.format(Locale.ROOT, "%.1fk", n / 1e3);
    }
    return Long.toString(n);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }

}
