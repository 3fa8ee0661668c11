package corosim.cli;

import corosim.loop.Limits;
import java.nio.file.Path;

/**
 * How to run a scenario: stamped output or plain, whether to record a trace, the seed, the
 * limits, and where charts go (null for no chart).
 */
public record RunOptions(boolean stamp, boolean trace, long seed, Limits limits, Path chartDir) {
  public static RunOptions stamped() {
    return new RunOptions(true, true, 0, Limits.DEFAULT, null);
  }
}
