package corosim.check;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.check.Program.Stmt;
import corosim.prop.Outcome;
import corosim.prop.Property;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated programs run as Python, and a failing one shrinks to a program worth a scenario. */
class ProgramGenTest {
  @TempDir Path replays;

  @Test
  void program_rendersAsPythonThatRuns() {
    Program p = new Program(List.of(
        new Program.Coro(0, List.of(), List.of(new Stmt.Spawn(1, false), new Stmt.Sleep(0.25),
            new Stmt.Status(1), new Stmt.Join(1))),
        new Program.Coro(1, List.of(), List.of(new Stmt.Print("c1 p0"), new Stmt.Raise()))));
    assertThat(p.toString()).contains("""
        async def c0():
            loop = asyncio.get_running_loop()
            t1 = asyncio.create_task(c1())
            await asyncio.sleep(0.25)
            print("c0", "sees t1", t1.done(), t1.cancelled())
            await join("c0", t1)
            return "c0"
        """);
    assertThat(Runs.run(p).stdout()).isEqualTo("""
        0.000000	c1 p0
        0.250000	c0 sees t1 True False
        0.250000	c0 caught ValueError('c1')
        # elapsed 0.250000
        """);
  }

  @Test
  void failingProperty_shrinksToTheSmallestProgram_andPrintsIt() {
    Outcome o = Property.forAll(ProgramGen.programs(ProgramGen.Features.ALL))
        .seed(5)
        .replayDir(replays)
        .run(p -> assertThat(Runs.run(p).trace()).as("a program that blocks").satisfies(
            t -> TraceAssert.assertThat(t).hasNoSlowCallbacks()));
    assertThat(o.verdict()).isEqualTo(Outcome.Verdict.FAILED);
    assertThat(o.counterexample()).isEqualTo(new Program(List.of(
        new Program.Coro(0, List.of(), List.of(new Stmt.Block(0.1))))));
    assertThat(o.report()).contains("""
            async def c0():
                loop = asyncio.get_running_loop()
                time.sleep(0.1)
                return "c0"
        """);
  }
}
