package corosim.check;

import corosim.check.Program.Coro;
import corosim.check.Program.Stmt;
import corosim.prop.Gen;
import corosim.prop.TestCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates small asyncio programs ({@link Program}) from a test case's choices, so the engine
 * can shrink a failing program statement by statement: fewer statements, simpler kinds (a sleep
 * is the simplest), shorter delays, fewer coroutines. Delays come from a short list so that ties
 * (equal deadlines) and float sums (0.1 + 0.2) are common.
 *
 * <p>What a program may use is set by {@link Features}; a new primitive (locks, queues, events)
 * is one more {@link Stmt} record, one more weight in {@link #statement} and one more line in
 * {@link Program#toString}.
 */
final class ProgramGen {
  /** Which statements programs may contain besides sleeps, prints, spawns, joins and gathers. */
  record Features(
      boolean blocking, boolean cancel, boolean hang, boolean detached, boolean raises,
      boolean sync) {
    /** Everything. */
    static final Features ALL = new Features(true, true, true, true, true, true);
    /** No {@code time.sleep}: the loop never blocks. */
    static final Features PURE_IO = new Features(false, true, true, true, true, true);
    /**
     * Nothing that blocks, cancels, hangs, fails, outlives its creator or waits on another
     * task's signal: elapsed time is the critical path of the sleeps.
     */
    static final Features STRUCTURED = new Features(false, false, false, false, false, false);
  }

  static final List<Double> DELAYS = List.of(0.0, 0.1, 0.2, 0.25, 0.3, 0.5, 1.0);
  static final List<Double> BLOCKS = List.of(0.05, 0.1, 0.2, 0.3);

  static final int MAX_COROS = 7;
  static final int MAX_DEPTH = 3;
  static final int MAX_STATEMENTS = 6;

  private ProgramGen() {}

  static Gen<Program> programs(Features features) {
    return tc -> new Builder(tc, features).build();
  }

  /** One program being drawn. */
  private static final class Builder {
    private final TestCase tc;
    private final Features features;
    private final List<Coro> coros = new ArrayList<>();
    private int next = 1;
    private int texts;

    Builder(TestCase tc, Features features) {
      this.tc = tc;
      this.features = features;
    }

    Program build() {
      coros.add(null);
      coros.set(0, body(0, List.of(), 0));
      return new Program(coros);
    }

    private Coro body(int id, List<Integer> params, int depth) {
      List<Integer> visible = new ArrayList<>(params);
      List<Integer> unjoined = new ArrayList<>();
      List<Stmt> stmts = new ArrayList<>();
      int n = tc.drawInt(id == 0 ? 1 : 0, MAX_STATEMENTS);
      for (int i = 0; i < n; i++) {
        Stmt s = statement(id, visible, depth);
        if (s == null) {
          continue;
        }
        stmts.add(s);
        if (s instanceof Stmt.Spawn sp) {
          visible.add(sp.coro());
          if (!sp.detached()) {
            unjoined.add(sp.coro());
          }
        } else if (s instanceof Stmt.Join j) {
          unjoined.remove(Integer.valueOf(j.task()));
        } else if (s instanceof Stmt.Gather g) {
          unjoined.removeAll(g.tasks());
        }
      }
      for (int child : unjoined) { // structured: a creator joins what it started
        stmts.add(new Stmt.Join(child));
      }
      return new Coro(id, params, stmts);
    }

    /** One statement, or null when the kind drawn is not possible here. */
    private Stmt statement(int id, List<Integer> visible, int depth) {
      if (features.sync() && tc.drawInt(0, 4) == 0) {
        return synchronisation(id, visible);
      }
      int roll = tc.drawInt(0, 99);
      if (roll < 25) {
        return new Stmt.Sleep(tc.draw(Gen.elements(DELAYS)));
      }
      if (roll < 35) {
        return new Stmt.Print("c" + id + " p" + texts++);
      }
      if (roll < 57) {
        if (!room(depth)) {
          return null;
        }
        boolean detached = features.detached() && tc.drawInt(0, 5) == 0;
        int child = reserve();
        coros.set(child, body(child, visible, depth + 1));
        return new Stmt.Spawn(child, detached);
      }
      if (roll < 67) {
        return visible.isEmpty() ? null : new Stmt.Join(pick(visible));
      }
      if (roll < 73) {
        if (visible.isEmpty()) {
          return null;
        }
        int k = tc.drawInt(1, Math.min(3, visible.size()));
        List<Integer> tasks = new ArrayList<>();
        for (int j = 0; j < k; j++) {
          tasks.add(pick(visible));
        }
        return new Stmt.Gather(tasks);
      }
      if (roll < 79) {
        if (!room(depth)) {
          return null;
        }
        int child = reserve();
        coros.set(child, body(child, visible, depth + 1));
        return new Stmt.Inline(child);
      }
      if (roll < 86) {
        String text = "cb" + texts++;
        return tc.drawInt(0, 1) == 0 ? new Stmt.CallSoon(text)
            : new Stmt.CallLater(tc.draw(Gen.elements(DELAYS)), text);
      }
      if (roll < 90) {
        return features.cancel() && !visible.isEmpty() ? new Stmt.Cancel(pick(visible)) : null;
      }
      if (roll < 93) {
        return visible.isEmpty() ? null : new Stmt.Status(pick(visible));
      }
      if (roll < 97) {
        return features.blocking() ? new Stmt.Block(tc.draw(Gen.elements(BLOCKS))) : null;
      }
      if (roll < 98) {
        return features.raises() ? new Stmt.Raise() : null;
      }
      return features.hang() ? new Stmt.Hang() : null;
    }

    /** wait_for with timeouts, the program's lock, queue and event. */
    private Stmt synchronisation(int id, List<Integer> visible) {
      int roll = tc.drawInt(0, 5);
      return switch (roll) {
        case 0 -> new Stmt.Locked(tc.draw(Gen.elements(DELAYS)));
        case 1 -> new Stmt.Put("c" + id + " q" + texts++);
        case 2 -> new Stmt.Get(tc.draw(Gen.elements(DELAYS)));
        case 3 -> new Stmt.SetEvent(tc.drawInt(0, 2) != 0);
        case 4 -> new Stmt.WaitEvent(tc.draw(Gen.elements(DELAYS)));
        default -> visible.isEmpty() ? null
            : new Stmt.WaitFor(pick(visible), tc.draw(Gen.elements(DELAYS)));
      };
    }

    private boolean room(int depth) {
      return depth < MAX_DEPTH && next < MAX_COROS;
    }

    private int reserve() {
      coros.add(null);
      return next++;
    }

    private int pick(List<Integer> from) {
      return from.get(tc.drawInt(0, from.size() - 1));
    }
  }
}
