package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Timer lateness (actual − scheduled) and the life of every timer, from TIMER_* records. */
public final class TimerAnalyzer {
  private TimerAnalyzer() {}

  public static Timers analyze(Trace trace) {
    Map<Integer, Double> scheduledAt = new HashMap<>(); // lookups only: order never read
    List<TimerFiring> fired = new ArrayList<>();
    int scheduled = 0;
    int cancelled = 0;
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      if (k == EventKind.TIMER_SCHEDULED) {
        scheduled++;
        scheduledAt.put(trace.timer(i), trace.end(i));
      } else if (k == EventKind.TIMER_CANCELLED) {
        cancelled++;
      } else if (k == EventKind.TIMER_FIRED) {
        Double at = scheduledAt.get(trace.timer(i));
        fired.add(
            new TimerFiring(
                trace.timer(i),
                trace.label(i),
                at == null ? Double.NaN : at,
                trace.start(i),
                trace.end(i)));
      }
    }
    double[] lateness = fired.stream().mapToDouble(f -> Math.max(0, f.lateness())).toArray();
    int pending = Math.max(0, scheduled - cancelled - fired.size());
    return new Timers(fired, scheduled, cancelled, pending, Distribution.of(lateness));
  }
}
