package corosim.vm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text exactly as CPython: {@code repr} is the shortest string that round-trips, and
 * fixed/exponent formats round the exact binary value half-even (C's printf), never the shortest
 * decimal (which is what Java's Formatter rounds, giving 2.68 for {@code '%.2f' % 2.675}).
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** {@code repr(x)} / {@code str(x)}. */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return (1 / x < 0) ? "-0.0" : "0.0";
    }
    Digits d = shortest(x);
    int decpt = d.decpt;
    String digits = d.digits;
    String sign = x < 0 ? "-" : "";
    if (decpt > -4 && decpt <= 16) {
      return sign + fixed(digits, decpt, true);
    }
    return sign + scientific(digits, decpt, 1, false);
  }

  /** Significant digits (no sign, no trailing zeros) and the decimal point position. */
  record Digits(String digits, int decpt) {}

  static Digits shortest(double x) {
    double ax = Math.abs(x);
    BigDecimal exact = new BigDecimal(ax);
    String java = Double.toString(ax);
    int max = significantDigits(java);
    int lo = 1;
    int hi = Math.max(1, Math.min(max, 17));
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      BigDecimal r = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(r.toString()) == ax) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return digitsOf(exact.round(new MathContext(lo, RoundingMode.HALF_EVEN)));
  }

  private static int significantDigits(String javaRepr) {
    String m = javaRepr;
    int e = m.indexOf('E');
    if (e >= 0) {
      m = m.substring(0, e);
    }
    m = m.replace(".", "");
    m = m.replaceFirst("^0+", "");
    m = m.replaceFirst("0+$", "");
    return Math.max(1, m.length());
  }

  static Digits digitsOf(BigDecimal r) {
    BigDecimal s = r.stripTrailingZeros();
    String unscaled = s.unscaledValue().abs().toString();
    int decpt = unscaled.length() - s.scale();
    return new Digits(unscaled, decpt);
  }

  /** digits with the decimal point at decpt, e.g. ("125", 1) -> "1.25"; forcePoint adds ".0". */
  static String fixed(String digits, int decpt, boolean forcePoint) {
    StringBuilder sb = new StringBuilder();
    if (decpt <= 0) {
      sb.append("0.");
      sb.append("0".repeat(-decpt));
      sb.append(digits);
    } else if (decpt >= digits.length()) {
      sb.append(digits).append("0".repeat(decpt - digits.length()));
      if (forcePoint) {
        sb.append(".0");
      }
    } else {
      sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
    }
    return sb.toString();
  }

  /** d.ddde+XX with at least {@code minDigits} digits shown (padding zeros). */
  static String scientific(String digits, int decpt, int minDigits, boolean keepPoint) {
    StringBuilder sb = new StringBuilder();
    sb.append(digits.charAt(0));
    String rest = digits.substring(1);
    if (rest.length() < minDigits - 1) {
      rest = rest + "0".repeat(minDigits - 1 - rest.length());
    }
    if (!rest.isEmpty() || keepPoint) {
      sb.append('.').append(rest);
    }
    int exp = decpt - 1;
    sb.append(exp < 0 ? "e-" : "e+");
    int ae = Math.abs(exp);
    if (ae < 10) {
      sb.append('0');
    }
    sb.append(ae);
    return sb.toString();
  }

  /** {@code '%.{precision}f' % x} without the sign. */
  static String fixedPrecision(double ax, int precision) {
    BigDecimal r = new BigDecimal(ax).setScale(precision, RoundingMode.HALF_EVEN);
    return r.toPlainString();
  }

  /** {@code '%.{precision}e' % x} without the sign. */
  static String exponentPrecision(double ax, int precision) {
    if (ax == 0) {
      return "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
    }
    BigDecimal r = new BigDecimal(ax).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
    BigDecimal s = r;
    String unscaled = s.unscaledValue().toString();
    int decpt = unscaled.length() - s.scale();
    // unscaled may carry trailing zeros beyond precision+1 digits; trim or pad to exactly p+1.
    if (unscaled.length() > precision + 1) {
      unscaled = unscaled.substring(0, precision + 1);
    } else if (unscaled.length() < precision + 1) {
      unscaled = unscaled + "0".repeat(precision + 1 - unscaled.length());
    }
    return scientific(unscaled, decpt, precision + 1, precision > 0);
  }

  /**
   * {@code '%.{p}g' % x} without the sign; {@code alternate} keeps trailing zeros (the # flag).
   */
  static String general(double ax, int precision, boolean alternate) {
    int p = precision == 0 ? 1 : precision;
    if (ax == 0) {
      return alternate ? "0." + "0".repeat(p - 1) : "0";
    }
    BigDecimal r = new BigDecimal(ax).round(new MathContext(p, RoundingMode.HALF_EVEN));
    String unscaled = r.unscaledValue().toString();
    int decpt = unscaled.length() - r.scale();
    int exp = decpt - 1;
    if (unscaled.length() > p) {
      unscaled = unscaled.substring(0, p);
    } else if (unscaled.length() < p) {
      unscaled = unscaled + "0".repeat(p - unscaled.length());
    }
    String digits = alternate ? unscaled : unscaled.replaceFirst("0+$", "");
    if (digits.isEmpty()) {
      digits = "0";
    }
    if (exp >= -4 && exp < p) {
      String s = fixed(digits, decpt, false);
      if (alternate && !s.contains(".")) {
        s = s + ".";
      }
      return s;
    }
    return scientific(digits, decpt, alternate ? p : 1, alternate);
  }
}
