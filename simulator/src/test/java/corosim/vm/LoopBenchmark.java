package corosim.vm;

import corosim.compile.CompileResult;
import corosim.compile.Compiler;
import corosim.lang.Parser;
import corosim.lang.Source;
import corosim.loop.Limits;
import corosim.trace.Recorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A micro-benchmark of the interpreter against CPython: tight loops of arithmetic, attribute
 * and global look-ups and calls, each timed in-process (best CPU time of several runs after
 * warm-up) and under {@code python3} (its own process_time, so start-up is excluded). Not a test:
 * run it by hand and read the figures,
 * {@code java -Xss16m -cp target/classes:target/test-classes corosim.vm.LoopBenchmark}.
 */
public final class LoopBenchmark {
  private LoopBenchmark() {}

  private record Case(String name, String body) {}

  /** CPU time of this thread: less disturbed by other processes than wall time. */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static final List<Case> CASES = List.of(
      new Case("sum of 10M ints", """
          def work():
              total = 0
              for i in range(10_000_000):
                  total += i
              return total
          """),
      new Case("while loop, 10M iterations", """
          def work():
              n = 0
              while n < 10_000_000:
                  n = n + 1
              return n
          """),
      new Case("attributes and globals, 3M", """
          class Point:
              def __init__(self, x):
                  self.x = x
          SCALE = 3
          def work():
              p = Point(1)
              total = 0
              for i in range(3_000_000):
                  total += p.x * SCALE
              return total
          """),
      new Case("method calls, 3M", """
          class Counter:
              def __init__(self):
                  self.n = 0
              def bump(self, k):
                  self.n += k
          def work():
              c = Counter()
              for i in range(3_000_000):
                  c.bump(i)
              return c.n
          """));

  public static void main(String[] args) throws Exception {
    System.out.printf("%-30s %12s %12s %8s%n", "case", "corosim s", "python3 s", "ratio");
    for (Case c : CASES) {
      double ours = corosim(c.body());
      double theirs = cpython(c.body());
      System.out.printf("%-30s %12.3f %12.3f %8.2f%n", c.name(), ours, theirs, ours / theirs);
    }
  }

  /** Best CPU time of five runs of work() after two warm-up runs, in seconds. */
  private static double corosim(String body) {
    String text = body + "result = work()\n";
    Source source = new Source("bench.py", text);
    CompileResult compiled = Compiler.compile(Parser.parse(source).module(), "bench.py");
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      Output.Sink sink = new Output.Sink() {
        @Override
        public void line(double time, String line, boolean terminated) {}

        @Override
        public void error(String t) {
          System.err.print(t);
        }
      };
      Runtime rt = new Runtime(sink, Recorder.off(), Limits.DEFAULT, 0, Map.of());
      long t0 = CPU.getCurrentThreadCpuTime();
      rt.runMain(compiled.code(), source);
      double s = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
      if (i >= 2) {
        best = Math.min(best, s);
      }
    }
    return best;
  }

  /** Best CPU time of five CPython runs of work(), timed inside python3. */
  private static double cpython(String body) throws IOException, InterruptedException {
    String program = body + """
        import time
        def _one():
            t0 = time.process_time()
            work()
            return time.process_time() - t0
        print(min(_one() for _ in range(5)))
        """;
    Process p = new ProcessBuilder("python3", "-c", program).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return Double.parseDouble(out);
  }
}
