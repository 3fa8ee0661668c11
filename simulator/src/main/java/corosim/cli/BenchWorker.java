package corosim.cli;

import corosim.loop.Limits;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One benchmark workload in its own JVM (so memory figures are its own): runs the scenario
 * several times with output discarded and prints one {@code RESULT} line of key=value pairs.
 * Started by {@code corosim bench}; not for direct use.
 */
public final class BenchWorker {
  private BenchWorker() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    boolean trace = Boolean.parseBoolean(args[2]);
    PrintStream devNull = new PrintStream(OutputStream.nullOutputStream());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Long> walls = new ArrayList<>();
    long events = 0;
    long maxLive = 0;
    long peakHeap = 0;
    String checksum = "";
    for (int i = 0; i < runs; i++) {
      System.gc();
      AtomicLong peak = new AtomicLong();
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      long t0 = System.nanoTime();
      ScenarioRunner.Outcome outcome = new ScenarioRunner(new PrintStream(out), devNull, false)
          .run(file, new RunOptions(false, trace, 0, Limits.DEFAULT, null));
      long t1 = System.nanoTime();
      sampler.interrupt();
      sampler.join();
      if (outcome.exitCode() != ExitCodes.OK) {
        throw new IllegalStateException(file + " exited with " + outcome.exitCode());
      }
      walls.add(t1 - t0);
      events = outcome.counts().handles();
      maxLive = outcome.counts().maxLiveTasks();
      peakHeap = Math.max(peakHeap, peak.get());
      checksum = out.toString().strip();
    }
    walls.sort(null);
    long median = walls.get(walls.size() / 2);
    System.out.println("RESULT wall_ns=" + median + " events=" + events + " max_live_tasks=" + maxLive
        + " peak_heap=" + peakHeap + " peak_rss_kb=" + peakRss() + " output=" + checksum.replace(' ', '_'));
  }

  /** The process's peak resident set (VmHWM), or -1 where /proc is not available. */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }
}
