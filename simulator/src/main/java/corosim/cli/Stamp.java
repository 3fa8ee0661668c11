package corosim.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code %.6f} of C's printf for a virtual time: the exact binary value rounded half-even to
 * six places (String.format would round the shortest decimal instead).
 */
public final class Stamp {
  private Stamp() {}

  public static String of(double seconds) {
    return new BigDecimal(seconds).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }
}
