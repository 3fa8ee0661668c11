package corosim.check;

import corosim.check.Program.Coro;
import corosim.check.Program.Stmt;
import java.util.HashMap;
import java.util.Map;

/**
 * The elapsed time a {@link ProgramGen.Features#STRUCTURED} program must take: code takes no
 * time, a sleep of d moves its coroutine's time to {@code t + d} (the same double sum the loop
 * computes), a task starts when created, and a join or gather moves the joiner's time to the end
 * of the task it waits for. Nothing blocks, hangs, is cancelled or outlives its creator, so the
 * program ends when main does.
 */
final class CriticalPath {
  private final Program program;
  private final Map<Integer, Double> taskEnds = new HashMap<>(); // lookups only
  private int sleeps;

  private CriticalPath(Program program) {
    this.program = program;
  }

  /** Main's end time, and how many sleeps it is a sum of at most (for the tolerance). */
  record Length(double elapsed, int sleeps) {}

  static Length of(Program program) {
    CriticalPath p = new CriticalPath(program);
    double end = p.run(program.coro(0), 0.0);
    return new Length(end, p.sleeps);
  }

  private double run(Coro c, double start) {
    double t = start;
    for (Stmt s : c.body()) {
      if (s instanceof Stmt.Sleep x) {
        if (x.delay() > 0) {
          t = t + x.delay();
          sleeps++;
        }
      } else if (s instanceof Stmt.Spawn x) {
        taskEnds.put(x.coro(), run(program.coro(x.coro()), t));
      } else if (s instanceof Stmt.Join x) {
        t = Math.max(t, taskEnds.get(x.task()));
      } else if (s instanceof Stmt.Gather x) {
        for (int task : x.tasks()) {
          t = Math.max(t, taskEnds.get(task));
        }
      } else if (s instanceof Stmt.Inline x) {
        t = run(program.coro(x.coro()), t);
      } else if (s instanceof Stmt.Block || s instanceof Stmt.Cancel || s instanceof Stmt.Hang
          || s instanceof Stmt.Raise) {
        throw new IllegalArgumentException("not a structured program: " + s);
      }
    }
    return t;
  }
}
