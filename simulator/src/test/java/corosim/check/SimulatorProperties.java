package corosim.check;

import static corosim.check.TraceAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import corosim.check.Program.Stmt;
import corosim.cli.ExitCodes;
import corosim.cli.RunResult;
import corosim.prop.ForAll;
import corosim.prop.Property;
import corosim.trace.RunEnd;
import corosim.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own invariants over generated asyncio programs ({@link ProgramGen}), each
 * program run in-process as {@code corosim run --stamp} runs it. A failure prints the shrunk
 * program's source: save it as a scenario to keep it.
 */
class SimulatorProperties {
  /** Labels what the generated programs contained, so a green run shows what was covered. */
  static ForAll<Program> classified(ForAll<Program> property) {
    return property
        .classify(p -> p.coros().size() == 1 ? "main only" : p.coros().size() <= 3 ? "2-3 coroutines"
            : "4+ coroutines")
        .classify(p -> p.uses(Stmt.Block.class), "blocks")
        .classify(p -> p.uses(Stmt.Cancel.class), "cancels")
        .classify(p -> p.uses(Stmt.Hang.class), "hangs")
        .classify(p -> p.uses(Stmt.Raise.class), "raises")
        .classify(p -> p.uses(Stmt.CallLater.class), "call_later")
        .classify(p -> p.uses(Stmt.WaitFor.class), "wait_for")
        .classify(p -> p.uses(Stmt.Locked.class), "lock")
        .classify(p -> p.uses(Stmt.Get.class) || p.uses(Stmt.Put.class), "queue")
        .classify(p -> p.uses(Stmt.WaitEvent.class) || p.uses(Stmt.SetEvent.class), "event");
  }

  private static Trace traceOf(Program p) {
    RunResult r = Runs.run(p);
    assertThat(r.exitCode()).as("exit code; stderr:%n%s", r.stderr())
        .isIn(ExitCodes.OK, ExitCodes.RAISED, ExitCodes.DEADLOCK);
    return r.trace();
  }

  private static void keeps(Trace trace, String rule) {
    List<Violation> broken = SimulatorInvariants.check(trace).stream()
        .filter(v -> v.rule().equals(rule)).toList();
    assertThat(broken).as("violations of %s", rule).isEmpty();
  }

  @Test
  void sameProgram_givesByteIdenticalOutputAndTrace() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> {
      RunResult a = Runs.run(p);
      RunResult b = Runs.run(p);
      assertThat(b.stdout()).isEqualTo(a.stdout());
      assertThat(b.stderr()).isEqualTo(a.stderr());
      assertThat(b.exitCode()).isEqualTo(a.exitCode());
      assertThat(b.trace()).isIdenticalTo(a.trace());
    });
  }

  @Test
  void virtualTime_neverGoesBackwards() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> keeps(traceOf(p), SimulatorInvariants.TIME));
  }

  @Test
  void noStep_startsBeforeItsTaskBecameReady() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL)))
        .check(p -> keeps(traceOf(p), SimulatorInvariants.READY_BEFORE_STEP));
  }

  @Test
  void timers_fireInDeadlineThenSequenceOrder() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> keeps(traceOf(p), SimulatorInvariants.TIMER_ORDER));
  }

  @Test
  void readyHandles_runFifo_oneIterationAtATime() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> keeps(traceOf(p), SimulatorInvariants.READY_FIFO));
  }

  @Test
  void aTask_neverRunsTwoStepsAtOnce() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> {
      Trace t = traceOf(p);
      keeps(t, SimulatorInvariants.ONE_HANDLE);
      keeps(t, SimulatorInvariants.ONE_STEP);
    });
  }

  @Test
  void everyTask_endsDoneFailedOrCancelled_orIsReportedPending() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> {
      RunResult r = Runs.run(p);
      Trace t = r.trace();
      keeps(t, SimulatorInvariants.TASK_LIFE);
      Deadlock d = DeadlockAnalyzer.analyze(t);
      if (t.runEnd() != RunEnd.DEADLOCK) {
        // asyncio.run ends every task it knows of; one created during its shutdown can stay
        // pending, and is then reported as CPython reports it when the task is destroyed.
        List<String> destroyed = r.stderr().lines()
            .filter(l -> l.startsWith("task: <Task pending name='"))
            .map(l -> l.substring("task: <Task pending name='".length(), l.indexOf("' coro=")))
            .toList();
        List<String> pending = d.pendingUserTasks().stream()
            .map(x -> t.taskInfo(x.task()).name()).toList();
        assertThat(destroyed).as("tasks reported as destroyed while pending").isEqualTo(pending);
      } else {
        String report = r.stderr().substring(r.stderr().indexOf("corosim: deadlock at "));
        List<String> reported = report.lines().skip(1).takeWhile(l -> l.startsWith("  "))
            .map(l -> l.strip().split(" ")[0]).toList();
        List<String> pending = d.pendingUserTasks().stream()
            .map(x -> t.taskInfo(x.task()).name()).toList();
        assertThat(reported).as("tasks the deadlock report lists").isEqualTo(pending);
      }
    });
  }

  @Test
  void pureIoPrograms_haveZeroReadyWait_andTimersOnTime() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.PURE_IO))).check(p -> {
      Trace t = traceOf(p);
      assertThat(t).maxReadyWaitAtMost(0).maxBlockingAtMost(0);
      for (TimerFiring f : TimerAnalyzer.analyze(t).fired()) {
        assertThat(f.lateness()).as("lateness of %s", f).isBetween(-1e-9, 0.0);
      }
    });
  }

  @Test
  void elapsedTime_isTheCriticalPathOfSleeps_whenNothingBlocks() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.STRUCTURED))).check(p -> {
      Trace t = traceOf(p);
      CriticalPath.Length expected = CriticalPath.of(p);
      assertThat(t).endedNormally().elapsed(expected.elapsed(), 1e-9 * (1 + expected.sleeps()));
    });
  }

  @Test
  void loopTime_isBusyPlusIdle() {
    classified(Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))).check(p -> {
      Trace t = traceOf(p);
      LoopTotals totals = BlockingAnalyzer.totals(t);
      assertThat(totals.busy() + totals.idle()).isCloseTo(t.elapsed(),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(totals.blocked()).isCloseTo(totals.busy(), org.assertj.core.data.Offset.offset(1e-12));
    });
  }
}
