package corosim.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Virtual times in messages and tables: six decimals, as {@code --stamp} prints them. */
final class Times {
  private Times() {}

  static String format(double seconds) {
    if (Double.isNaN(seconds)) {
      return "-";
    }
    if (Double.isInfinite(seconds)) {
      return seconds > 0 ? "inf" : "-inf";
    }
    return new BigDecimal(seconds).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }
}
