package corosim.check;

import corosim.trace.Trace;
import java.util.Objects;
import java.util.Optional;

/** Compares two traces field by field: what makes them differ first, if anything. */
public final class TraceDiff {
  private TraceDiff() {}

  /**
   * The first difference between {@code a} and {@code b} in words, or empty when they are
   * identical: header, tasks, resources, then events in order (kind, task, times compared bit for
   * bit, kind-specific int and reference, and the label or text they point to).
   */
  public static Optional<String> first(Trace a, Trace b) {
    if (!a.scenario().equals(b.scenario()) || a.seed() != b.seed()
        || Double.doubleToLongBits(a.elapsed()) != Double.doubleToLongBits(b.elapsed())
        || a.runEnd() != b.runEnd()) {
      return Optional.of("headers differ: " + header(a) + " vs " + header(b));
    }
    if (!a.tasks().equals(b.tasks())) {
      return Optional.of("tasks differ: " + a.tasks() + " vs " + b.tasks());
    }
    if (!a.resources().equals(b.resources())) {
      return Optional.of("resources differ: " + a.resources() + " vs " + b.resources());
    }
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      Trace.Event x = a.event(i);
      Trace.Event y = b.event(i);
      if (!same(x, y) || !Objects.equals(text(a, i), text(b, i))) {
        return Optional.of("event " + i + " differs: " + x + " " + text(a, i) + " vs " + y + " "
            + text(b, i));
      }
    }
    if (a.size() != b.size()) {
      return Optional.of("one trace has " + a.size() + " events, the other " + b.size());
    }
    return Optional.empty();
  }

  private static boolean same(Trace.Event x, Trace.Event y) {
    return x.kind() == y.kind() && x.task() == y.task() && x.arg() == y.arg() && x.ref() == y.ref()
        && Double.doubleToLongBits(x.start()) == Double.doubleToLongBits(y.start())
        && Double.doubleToLongBits(x.end()) == Double.doubleToLongBits(y.end());
  }

  private static String text(Trace t, int i) {
    return switch (t.kind(i)) {
      case LINE -> t.text(i);
      case CALLBACK, TIMER_FIRED, CALLBACK_READY, TIMER_SCHEDULED -> t.label(i);
      default -> null;
    };
  }

  private static String header(Trace t) {
    return t.scenario() + " seed " + t.seed() + " elapsed " + t.elapsed() + " " + t.runEnd();
  }
}
