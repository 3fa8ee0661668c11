package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Loop blocking per handle run and the slow-callback list, as asyncio's debug mode reports it:
 * a handle taking at least {@link #SLOW_CALLBACK_DURATION} is slow ("Executing &lt;Task ...&gt;
 * took 0.301 seconds").
 */
public final class BlockingAnalyzer {
  /** asyncio's {@code loop.slow_callback_duration}, in seconds. */
  public static final double SLOW_CALLBACK_DURATION = 0.1;

  private BlockingAnalyzer() {}

  /** With asyncio's threshold of 100 ms. */
  public static Blocking analyze(Trace trace) {
    return analyze(trace, SLOW_CALLBACK_DURATION);
  }

  /** With {@code threshold} seconds (>= 0) as the slow-callback duration. */
  public static Blocking analyze(Trace trace, double threshold) {
    if (!(threshold >= 0)) {
      throw new IllegalArgumentException("threshold must be >= 0, got " + threshold);
    }
    List<HandleRun> blocking = new ArrayList<>();
    List<HandleRun> slow = new ArrayList<>();
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      if (k != EventKind.STEP && k != EventKind.CALLBACK) {
        continue;
      }
      HandleRun run = run(trace, i);
      if (run.duration() > 0) {
        blocking.add(run);
      }
      if (run.duration() >= threshold) {
        slow.add(run);
      }
    }
    return new Blocking(threshold, blocking, slow, totals(trace));
  }

  /** The loop's busy, blocked and idle time, iterations and handles. */
  public static LoopTotals totals(Trace trace) {
    double busy = 0;
    double blocked = 0;
    double idle = 0;
    long iterations = 0;
    long handles = 0;
    for (int i = 0; i < trace.size(); i++) {
      switch (trace.kind(i)) {
        case STEP, CALLBACK -> {
          busy += trace.end(i) - trace.start(i);
          handles++;
        }
        case BLOCKED -> blocked += trace.end(i) - trace.start(i);
        case ITERATION -> {
          idle += trace.end(i) - trace.start(i);
          iterations++;
        }
        default -> {}
      }
    }
    if (iterations == 0) {
      idle = Math.max(0, trace.elapsed() - busy); // a trace recorded without iterations
    }
    return new LoopTotals(trace.elapsed(), busy, blocked, idle, iterations, handles);
  }

  static HandleRun run(Trace trace, int i) {
    int task = trace.kind(i) == EventKind.STEP ? trace.task(i) : -1;
    return new HandleRun(i, task, HandleRuns.describe(trace, i), trace.start(i), trace.end(i));
  }
}
