package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.Trace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@link SimulatorInvariants#TIMER_ORDER} rule, by replaying the timer heap from the trace.
 * At each iteration the timers scheduled before it and still live are the heap; those due
 * (deadline below the clock plus 1e-9 s) must run in that iteration in (deadline, sequence) order
 * unless cancelled first, the others must wait, and a clock that moved while idle must stand at
 * the earliest deadline.
 */
final class TimerOrder {
  private record Timer(double deadline, int sequence) {}

  private static final Comparator<Timer> ORDER =
      Comparator.comparingDouble(Timer::deadline).thenComparingInt(Timer::sequence);

  private TimerOrder() {}

  static void check(Trace trace, List<Violation> out) {
    TreeSet<Timer> live = new TreeSet<>(ORDER);
    List<Timer> fresh = new ArrayList<>(); // scheduled during the current batch
    Map<Integer, Timer> bySequence = new HashMap<>(); // lookups only: order never read
    ArrayDeque<Timer> due = new ArrayDeque<>();
    int dueSince = -1;
    boolean sawScheduled = false;
    int handlesSeen = 0;
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      switch (k) {
        case TIMER_SCHEDULED -> {
          sawScheduled = true;
          Timer t = new Timer(trace.start(i), trace.timer(i));
          bySequence.put(t.sequence(), t);
          fresh.add(t);
        }
        case TIMER_CANCELLED -> {
          Timer t = bySequence.remove(trace.timer(i));
          if (t != null) {
            live.remove(t);
            fresh.remove(t);
            due.remove(t);
          }
        }
        case STEP, CALLBACK, HANDLE_SKIPPED -> handlesSeen++;
        case ITERATION -> {
          boolean cutShort = dueSince >= 0 && handlesSeen < trace.batchSize(dueSince);
          handlesSeen = 0;
          if (!due.isEmpty() && !cutShort) {
            Timer t = due.peekFirst();
            out.add(new Violation(SimulatorInvariants.TIMER_ORDER, dueSince, "timer "
                + t.sequence() + " due at " + Times.format(t.deadline())
                + " did not run in the iteration at " + Times.format(trace.end(dueSince))));
            due.clear();
          }
          live.addAll(fresh);
          fresh.clear();
          double now = trace.end(i);
          if (trace.start(i) < now && sawScheduled) {
            if (live.isEmpty() || live.first().deadline() != now) {
              out.add(new Violation(SimulatorInvariants.TIMER_ORDER, i, "the idle loop moved its clock"
                  + " from " + Times.format(trace.start(i)) + " to " + Times.format(now)
                  + (live.isEmpty() ? " with no timer pending"
                      : " but the earliest timer is due at " + Times.format(live.first().deadline()))));
            }
          }
          for (Timer t : live) { // after any left over from a batch cut short
            if (!(t.deadline() < now + 1e-9)) {
              break;
            }
            if (!due.contains(t)) {
              due.add(t);
            }
          }
          dueSince = i;
        }
        case TIMER_FIRED -> {
          if (!sawScheduled) {
            continue; // a trace recorded without timer sequences
          }
          Timer t = bySequence.get(trace.timer(i));
          if (t == null || !live.contains(t)) {
            out.add(new Violation(SimulatorInvariants.TIMER_ORDER, i, "timer " + trace.timer(i)
                + " (" + trace.label(i) + ") ran "
                + (t == null ? "without being scheduled, or twice" : "in the iteration it was scheduled in")));
          } else if (due.peekFirst() != t) {
            Timer expected = due.peekFirst();
            out.add(new Violation(SimulatorInvariants.TIMER_ORDER, i, "timer " + t.sequence()
                + " due at " + Times.format(t.deadline()) + " ran "
                + (expected == null ? "before it was due"
                    : "before timer " + expected.sequence() + " due at "
                        + Times.format(expected.deadline()))));
          }
          if (t != null) {
            live.remove(t);
            due.remove(t);
            bySequence.remove(t.sequence());
          }
        }
        default -> {}
      }
    }
  }
}
