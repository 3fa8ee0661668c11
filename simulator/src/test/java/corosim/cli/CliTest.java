package corosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code corosim run} contract: output format, exit codes, errors people can act on. */
class CliTest {
  @TempDir Path dir;

  private Path scenario(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private RunResult stamped(Path p) {
    return ScenarioRunner.capture(p, RunOptions.stamped());
  }

  @Test
  void stamp_isTheExactBinaryValueRoundedHalfEven_asCsPrintf() {
    assertThat(Stamp.of(0.0078125)).isEqualTo("0.007812");
    assertThat(Stamp.of(0.0234375)).isEqualTo("0.023438");
    assertThat(Stamp.of(2.5e-06)).isEqualTo("0.000003");
    assertThat(Stamp.of(5e-07)).isEqualTo("0.000000");
    assertThat(Stamp.of(0.1 + 0.2)).isEqualTo("0.300000");
    assertThat(Stamp.of(1234.5)).isEqualTo("1234.500000");
  }

  @Test
  void stampedRun_printsEachLineAtItsVirtualTime_thenElapsed() throws IOException {
    Path p = scenario("two.py", """
        import asyncio, time
        async def main():
            print("start")
            await asyncio.sleep(1.5)
            print("中文", end="")
            print(" after", time.monotonic())
            time.sleep(0.25)
        asyncio.run(main())
        """);
    RunResult r = stamped(p);
    assertThat(r.stdout()).isEqualTo("0.000000\tstart\n1.500000\t中文 after 1.5\n# elapsed 1.750000\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void plainRun_printsTheProgramsOutputAsCPythonWould() throws IOException {
    Path p = scenario("plain.py", "print('a')\nprint('no newline', end='')\n");
    RunResult r = ScenarioRunner.capture(p, new RunOptions(false, false, 0,
        corosim.loop.Limits.DEFAULT, null));
    assertThat(r.stdout()).isEqualTo("a\nno newline");
  }

  @Test
  void uncaughtException_printsATracebackToStderr_elapsedToStdout_exit1() throws IOException {
    Path p = scenario("boom.py", """
        import asyncio
        async def main():
            await asyncio.sleep(2)
            raise ValueError("boom")
        asyncio.run(main())
        """);
    RunResult r = stamped(p);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.RAISED);
    assertThat(r.stdout()).isEqualTo("# elapsed 2.000000\n");
    assertThat(r.stderr()).isEqualTo("""
        corosim: uncaught ValueError at 2.000000 in Task-1 (main)
        Traceback (most recent call last):
          File "%1$s", line 5, in <module>
            asyncio.run(main())
          File "%1$s", line 4, in main
            raise ValueError("boom")
        ValueError: boom
        """.formatted(p));
  }

  @Test
  void deadlock_endsWithTheDeadlockLine_andListsWhatEachTaskWaitsFor_exit3() throws IOException {
    Path p = scenario("stuck.py", """
        import asyncio
        async def main():
            fut = asyncio.get_running_loop().create_future()
            await asyncio.sleep(1)
            await fut
        asyncio.run(main())
        """);
    RunResult r = stamped(p);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.DEADLOCK);
    assertThat(r.stdout()).isEqualTo("# DEADLOCK 1.000000\n");
    assertThat(r.stderr()).isEqualTo("""
        corosim: deadlock at 1.000000: nothing is ready and no timer is pending
          Task-1 (main) waits on a future nobody completes at %s:5
        """.formatted(p));
  }

  @Test
  void syntaxErrors_areReportedAllAtOnce_fileLineColWithCaret_exit65() throws IOException {
    Path p = scenario("bad.py", "import asyncio\nif True\n    pass\nx = (1,\ny = 2\n");
    RunResult r = stamped(p);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.COMPILE_ERROR);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith(p + ":2:8: error: expected ':'").contains("    if True\n")
        .contains("\n           ^\n");
  }

  @Test
  void unknownModule_isACompileErrorAtItsLine_exit65() throws IOException {
    Path p = scenario("http.py", "import asyncio\nimport aiohttp\n");
    RunResult r = stamped(p);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.COMPILE_ERROR);
    assertThat(r.stderr()).startsWith(p + ":2:8: error: no module named 'aiohttp' in corosim");
  }

  @Test
  void stepThatNeverAwaits_isStoppedByTheBudget_namingTaskAndLine() throws IOException {
    Path p = scenario("spin.py", """
        import asyncio
        async def spin():
            n = 0
            while True:
                n += 1
        asyncio.run(spin())
        """);
    RunResult r = ScenarioRunner.capture(p, new RunOptions(true, false, 0,
        new corosim.loop.Limits(1000, 10_000), null));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.RAISED);
    assertThat(r.stderr())
        .contains("task Task-1 (spin) ran 10000 loop iterations without awaiting")
        .contains(p + ":4, in spin")
        .contains("--step-budget");
  }

  @Test
  void sameScenarioSameSeed_givesByteIdenticalOutputTraceAndChart() throws IOException {
    Path p = Path.of(Scenarios.root().toString(), "seeds", "003_1_gather_two_tasks.py");
    Path charts1 = dir.resolve("c1");
    Path charts2 = dir.resolve("c2");
    RunResult a = ScenarioRunner.capture(p, new RunOptions(true, true, 7, corosim.loop.Limits.DEFAULT, charts1));
    RunResult b = ScenarioRunner.capture(p, new RunOptions(true, true, 7, corosim.loop.Limits.DEFAULT, charts2));
    assertThat(a.stdout()).isEqualTo(b.stdout());
    assertThat(a.trace().size()).isEqualTo(b.trace().size());
    for (int i = 0; i < a.trace().size(); i++) {
      assertThat(a.trace().event(i)).isEqualTo(b.trace().event(i));
    }
    assertThat(Files.readAllBytes(charts1.resolve("003_1_gather_two_tasks.svg")))
        .isEqualTo(Files.readAllBytes(charts2.resolve("003_1_gather_two_tasks.svg")));
    assertThat(charts1.resolve("003_1_gather_two_tasks.png")).exists();
  }

  @Test
  void commandLine_helpVersionAndUsageErrors() {
    assertThat(Main.execute("--version")).isEqualTo(ExitCodes.OK);
    assertThat(Main.execute("--help")).isEqualTo(ExitCodes.OK);
    assertThat(Main.execute("run", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(Main.execute("run")).isEqualTo(ExitCodes.USAGE);
    assertThat(Main.execute("run", "--nope", "x.py")).isEqualTo(ExitCodes.USAGE);
    assertThat(Main.execute("run", dir.resolve("missing.py").toString())).isEqualTo(ExitCodes.USAGE);
  }
}
