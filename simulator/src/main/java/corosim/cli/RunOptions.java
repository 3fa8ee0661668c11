package corosim.cli;

import corosim.loop.Limits;
import java.nio.file.Path;

/**
 * How to run a scenario: stamped output or plain, whether to record a trace, the seed, the
 * limits, where charts go (null for no chart), and whether to list task steps on stderr.
 */
public record RunOptions(
    boolean stamp, boolean trace, long seed, Limits limits, Path chartDir, boolean steps) {
  public RunOptions(boolean stamp, boolean trace, long seed, Limits limits, Path chartDir) {
    this(stamp, trace, seed, limits, chartDir, false);
  }

  public static RunOptions stamped() {
    return new RunOptions(true, true, 0, Limits.DEFAULT, null);
  }

  /** The same options with task steps written to stderr ({@code --steps}). */
  public RunOptions withSteps() {
    return new RunOptions(stamp, trace, seed, limits, chartDir, true);
  }
}
