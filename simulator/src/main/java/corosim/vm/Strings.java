package corosim.vm;

/**
 * Python str indexing on Java strings: Python counts code points, Java UTF-16 units. Strings
 * without surrogates (almost all, Chinese text included) take the direct path.
 */
public final class Strings {
  private Strings() {}

  static boolean hasSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static long length(String s) {
    return hasSurrogates(s) ? s.codePointCount(0, s.length()) : s.length();
  }

  /** The code point at Python index i (already normalised to 0 <= i < length) as a string. */
  static String charAt(String s, int i) {
    if (!hasSurrogates(s)) {
      return String.valueOf(s.charAt(i));
    }
    int off = s.offsetByCodePoints(0, i);
    return new String(Character.toChars(s.codePointAt(off)));
  }

  /** Code points [from, to) with step 1 as a string. */
  static String substring(String s, int from, int to) {
    if (!hasSurrogates(s)) {
      return s.substring(from, to);
    }
    int a = s.offsetByCodePoints(0, from);
    int b = s.offsetByCodePoints(a, to - from);
    return s.substring(a, b);
  }

  static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }
}
