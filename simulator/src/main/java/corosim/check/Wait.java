package corosim.check;

import corosim.trace.WaitKind;

/**
 * A stretch of a task suspended between two steps: what kind of thing it awaited, what that was
 * ({@code on}: a resource's name, or what woke it — the timer's label, the task or callback
 * that completed the future), and from when to when ({@code to} is NaN while still waiting).
 */
public record Wait(int task, WaitKind kind, String on, double from, double to) {
  public double duration() {
    return to - from;
  }

  /** {@code TIMER sleep(1.0)}, {@code LOCK Lock-1}, {@code TASK Task-3 worker}. */
  public String describe() {
    return on == null || on.isEmpty() ? kind.name() : kind.name() + " " + on;
  }
}
