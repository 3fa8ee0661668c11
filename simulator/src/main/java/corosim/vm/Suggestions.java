package corosim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean" for NameError and AttributeError, as CPython 3.11's suggestions.c computes
 * it: the candidate closest by a Levenshtein distance where a case change costs half a
 * substitution, within a third of the names' length; for a name, the failing frame's locals
 * first, then its globals, then the builtins.
 */
final class Suggestions {
  private Suggestions() {}

  private static final int MAX_CANDIDATE_ITEMS = 750;
  private static final int MAX_STRING_SIZE = 40;
  private static final int MOVE_COST = 2;
  private static final int CASE_COST = 1;

  /** The text CPython appends to the message, e.g. {@code . Did you mean: 'print'?}, or "". */
  static String suffix(PyException e) {
    String suggestion = null;
    try {
      if (e.isInstance(Types.NAME_ERROR)) {
        suggestion = forName(e);
      } else if (e.isInstance(Types.ATTRIBUTE_ERROR)) {
        suggestion = forAttribute(e);
      }
    } catch (PyException ignored) {
      return "";
    }
    return suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
  }

  private static String forAttribute(PyException e) {
    if (!e.hasDict() || !(e.dict().get("name") instanceof String name)) {
      return null;
    }
    Object obj = e.dict().get("obj");
    if (obj == null) {
      return null;
    }
    return closest(Builtins.dir(obj), name);
  }

  private static String forName(PyException e) {
    if (e.isInstance(Types.UNBOUND_LOCAL_ERROR) || !e.hasDict()
        || !(e.dict().get("name") instanceof String name) || e.traceback().isEmpty()) {
      return null;
    }
    List<Object> locals = new ArrayList<>(List.of(e.traceback().get(0).code().varNames));
    String s = closest(locals, name);
    if (s == null && e.suggestionGlobals != null) {
      s = closest(keys(e.suggestionGlobals), name);
    }
    if (s == null && e.suggestionBuiltins != null) {
      s = closest(keys(e.suggestionBuiltins), name);
    }
    return s;
  }

  private static List<Object> keys(PyDict d) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < d.capacityUsed(); i++) {
      if (d.keyAt(i) != null) {
        out.add(d.keyAt(i));
      }
    }
    return out;
  }

  private static String closest(PyList dir, String name) {
    return closest(java.util.Arrays.asList(dir.toArray()), name);
  }

  /** calculate_suggestions. */
  static String closest(List<Object> dir, String name) {
    if (dir.size() >= MAX_CANDIDATE_ITEMS) {
      return null;
    }
    byte[] nameBytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int best = Integer.MAX_VALUE;
    String suggestion = null;
    for (Object o : dir) {
      if (!(o instanceof String item) || item.equals(name)) {
        continue;
      }
      byte[] itemBytes = item.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      int max = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
      max = Math.min(max, best - 1);
      int d = distance(nameBytes, itemBytes, max);
      if (d > max) {
        continue;
      }
      if (suggestion == null || d < best) {
        suggestion = item;
        best = d;
      }
    }
    return suggestion;
  }

  private static int substitutionCost(byte a, byte b) {
    if ((a & 31) != (b & 31)) {
      return MOVE_COST;
    }
    if (a == b) {
      return 0;
    }
    int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
    int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    return x == y ? CASE_COST : MOVE_COST;
  }

  /** levenshtein_distance, with common prefixes and suffixes trimmed first. */
  private static int distance(byte[] a0, byte[] b0, int maxCost) {
    int aStart = 0;
    int bStart = 0;
    int aSize = a0.length;
    int bSize = b0.length;
    while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
      aStart++;
      bStart++;
      aSize--;
      bSize--;
    }
    while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
      aSize--;
      bSize--;
    }
    if (aSize == 0 || bSize == 0) {
      return (aSize + bSize) * MOVE_COST;
    }
    if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
      return maxCost + 1;
    }
    byte[] a = java.util.Arrays.copyOfRange(a0, aStart, aStart + aSize);
    byte[] b = java.util.Arrays.copyOfRange(b0, bStart, bStart + bSize);
    if (b.length < a.length) {
      byte[] t = a;
      a = b;
      b = t;
    }
    if ((b.length - a.length) * MOVE_COST > maxCost) {
      return maxCost + 1;
    }
    int[] buffer = new int[a.length];
    int tmp = MOVE_COST;
    for (int i = 0; i < a.length; i++) {
      buffer[i] = tmp;
      tmp += MOVE_COST;
    }
    int result = 0;
    for (int bi = 0; bi < b.length; bi++) {
      byte code = b[bi];
      int distance = result = bi * MOVE_COST;
      int minimum = Integer.MAX_VALUE;
      for (int index = 0; index < a.length; index++) {
        int substitute = distance + substitutionCost(code, a[index]);
        distance = buffer[index];
        int insertDelete = Math.min(result, distance) + MOVE_COST;
        result = Math.min(insertDelete, substitute);
        buffer[index] = result;
        minimum = Math.min(minimum, result);
      }
      if (minimum > maxCost) {
        return maxCost + 1;
      }
    }
    return result;
  }
}
