package corosim.prop;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Operations on choice sequences ({@code long[]}, every entry >= 0). Shortlex is the engine's
 * order of simplicity: a shorter sequence is simpler, and of two of the same length the one
 * that is smaller at the first place they differ.
 */
final class ChoiceSequences {
  private ChoiceSequences() {}

  /** Negative, zero or positive as {@code a} is simpler than, as simple as, or less simple than {@code b}. */
  static int shortlex(long[] a, long[] b) {
    if (a.length != b.length) {
      return Integer.compare(a.length, b.length);
    }
    return Arrays.compare(a, b);
  }

  /** {@code s} without the entries [from, to). */
  static long[] without(long[] s, int from, int to) {
    long[] out = new long[s.length - (to - from)];
    System.arraycopy(s, 0, out, 0, from);
    System.arraycopy(s, to, out, from, s.length - to);
    return out;
  }

  /** {@code s} with [from, to) replaced by {@code middle}. */
  static long[] splice(long[] s, int from, int to, long[] middle) {
    long[] out = new long[s.length - (to - from) + middle.length];
    System.arraycopy(s, 0, out, 0, from);
    System.arraycopy(middle, 0, out, from, middle.length);
    System.arraycopy(s, to, out, from + middle.length, s.length - to);
    return out;
  }

  /** {@code s} with entry {@code i} set to {@code value}. */
  static long[] with(long[] s, int i, long value) {
    long[] out = s.clone();
    out[i] = value;
    return out;
  }

  /** Whether {@code s} holds only zeros in [from, to). */
  static boolean isZero(long[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The inline replay form: {@code 1,1001,0}, or {@code empty}. */
  static String format(long[] s) {
    if (s.length == 0) {
      return "empty";
    }
    StringJoiner out = new StringJoiner(",");
    for (long c : s) {
      out.add(Long.toString(c));
    }
    return out.toString();
  }

  /** Whether {@code text} is an inline choice sequence as {@link #format} writes it. */
  static boolean isInline(String text) {
    return text.trim().equals("empty") || text.trim().matches("[0-9]+(\\s*,\\s*[0-9]+)*");
  }

  /** Reads what {@link #format} wrote. */
  static long[] parse(String text) {
    String t = text.trim();
    if (t.equals("empty")) {
      return new long[0];
    }
    if (!isInline(t)) {
      throw new IllegalArgumentException(
          "a choice sequence is comma-separated non-negative integers or 'empty', got '" + text + "'");
    }
    return Arrays.stream(t.split(",")).mapToLong(c -> Long.parseLong(c.trim())).toArray();
  }
}
