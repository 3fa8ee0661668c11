package corosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corosim run --stats}: the table it prints on stderr, stdout left as --stamp makes it. */
class StatsPrinterTest {
  @TempDir Path dir;

  @Test
  void stats_tableOfTasksThenLoopTotals() throws IOException {
    Path p = dir.resolve("blocky.py");
    Files.writeString(p, """
        import asyncio, time

        async def blocker():
            time.sleep(0.3)

        async def victim():
            await asyncio.sleep(0.1)

        async def main():
            await asyncio.gather(blocker(), victim())

        asyncio.run(main())
        """, StandardCharsets.UTF_8);
    RunResult r = ScenarioRunner.capture(p, RunOptions.stamped());
    assertThat(r.stdout()).isEqualTo("# elapsed 0.400000\n");
    // blocker holds the loop 0.3 s, so victim, ready at 0, first runs at 0.3
    assertThat(StatsPrinter.format(r.trace())).isEqualTo("""
        # stats of blocky (seed 0): ended OK at 0.400000
        task                                         created   first run  finished  outcome  steps  running   ready-wait total  ready-wait max  longest wait
        Task-1 main                                  0.000000  0.000000   0.400000  done     2      0.000000  0.000000          0.000000        TASK gather.<locals>._done_callback 0.400000
        Task-2 blocker                               0.000000  0.000000   0.300000  done     1      0.300000  0.000000          0.000000        -
        Task-3 victim                                0.000000  0.300000   0.400000  done     2      0.000000  0.300000          0.300000        TIMER sleep(0.1) 0.100000
        Task-4 shutdown_asyncgens (internal)         0.400000  0.400000   0.400000  done     1      0.000000  0.000000          0.000000        -
        Task-5 shutdown_default_executor (internal)  0.400000  0.400000   0.400000  done     1      0.000000  0.000000          0.000000        -
        loop: busy 0.300000  blocked 0.300000  idle 0.100000  iterations 12  handles 13  slow handles (>= 0.1 s) 1
        """);
  }
}
