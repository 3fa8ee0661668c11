package corosim.vm.lib;

import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyDict;
import corosim.vm.PyException;
import corosim.vm.PyList;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import java.math.BigInteger;

/**
 * JSON decoding as CPython's C scanner (_json.c scan_once_unicode) does it, position for
 * position: every error is the same message at the same character index (counted in code
 * points), raised as the json module's JSONDecodeError through {@code errorFactory}.
 */
final class JsonDecoder {
  /** "No value starts here": CPython's StopIteration(idx), turned into "Expecting value". */
  private static final class NoValue extends RuntimeException {
    final int index;

    NoValue(int index) {
      super(null, null, false, false);
      this.index = index;
    }
  }

  private final String doc;
  private final int[] s;
  private final boolean strict;
  private final Object objectHook;
  private final Object pairsHook;
  private final Object parseFloat;
  private final Object parseInt;
  private final Object parseConstant;
  private final Object errorFactory;

  JsonDecoder(String doc, boolean strict, Object objectHook, Object pairsHook, Object parseFloat,
      Object parseInt, Object parseConstant, Object errorFactory) {
    this.doc = doc;
    this.s = doc.codePoints().toArray();
    this.strict = strict;
    this.objectHook = objectHook;
    this.pairsHook = pairsHook;
    this.parseFloat = parseFloat;
    this.parseInt = parseInt;
    this.parseConstant = parseConstant;
    this.errorFactory = errorFactory;
  }

  private PyException error(String msg, int pos) {
    Object e = Ops.call(errorFactory, msg, doc, (long) pos);
    return (PyException) e;
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  int skipWhitespace(int idx) {
    while (idx < s.length && isWhitespace(s[idx])) {
      idx++;
    }
    return idx;
  }

  /** JSONDecoder.decode: one value between optional whitespace, nothing after it. */
  Object decode() {
    Object[] r = rawDecode(skipWhitespace(0));
    int end = skipWhitespace((Integer) r[1]);
    if (end != s.length) {
      throw error("Extra data", end);
    }
    return r[0];
  }

  /** JSONDecoder.raw_decode: the value at idx and the index after it. */
  Object[] rawDecode(int idx) {
    try {
      int[] next = {0};
      Object v = scanOnce(idx, next);
      return new Object[] {v, next[0]};
    } catch (NoValue nv) {
      throw error("Expecting value", nv.index);
    }
  }

  private boolean startsWith(int idx, String word) {
    if (idx + word.length() > s.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (s[idx + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private Object scanOnce(int idx, int[] next) {
    if (idx < 0 || idx >= s.length) {
      throw new NoValue(idx);
    }
    int c = s[idx];
    switch (c) {
      case '"':
        return scanString(idx + 1, next);
      case '{':
        return parseObject(idx + 1, next);
      case '[':
        return parseArray(idx + 1, next);
      case 'n':
        if (startsWith(idx, "null")) {
          next[0] = idx + 4;
          return PyNone.NONE;
        }
        break;
      case 't':
        if (startsWith(idx, "true")) {
          next[0] = idx + 4;
          return Boolean.TRUE;
        }
        break;
      case 'f':
        if (startsWith(idx, "false")) {
          next[0] = idx + 5;
          return Boolean.FALSE;
        }
        break;
      case 'N':
        if (startsWith(idx, "NaN")) {
          next[0] = idx + 3;
          return constant("NaN");
        }
        break;
      case 'I':
        if (startsWith(idx, "Infinity")) {
          next[0] = idx + 8;
          return constant("Infinity");
        }
        break;
      case '-':
        if (startsWith(idx, "-Infinity")) {
          next[0] = idx + 9;
          return constant("-Infinity");
        }
        break;
      default:
        break;
    }
    return number(idx, next);
  }

  private Object constant(String name) {
    if (parseConstant != PyNone.NONE) {
      return Ops.call(parseConstant, name);
    }
    return switch (name) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      default -> Double.NEGATIVE_INFINITY;
    };
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private Object number(int start, int[] next) {
    int end = s.length - 1;
    int idx = start;
    if (s[idx] == '-') {
      idx++;
      if (idx > end) {
        throw new NoValue(start);
      }
    }
    if (s[idx] >= '1' && s[idx] <= '9') {
      idx++;
      while (idx <= end && isDigit(s[idx])) {
        idx++;
      }
    } else if (s[idx] == '0') {
      idx++;
    } else {
      throw new NoValue(start);
    }
    boolean isFloat = false;
    if (idx < end && s[idx] == '.' && isDigit(s[idx + 1])) {
      isFloat = true;
      idx += 2;
      while (idx <= end && isDigit(s[idx])) {
        idx++;
      }
    }
    if (idx < end && (s[idx] == 'e' || s[idx] == 'E')) {
      int eStart = idx;
      idx++;
      if (idx < end && (s[idx] == '-' || s[idx] == '+')) {
        idx++;
      }
      while (idx <= end && isDigit(s[idx])) {
        idx++;
      }
      if (isDigit(s[idx - 1])) {
        isFloat = true;
      } else {
        idx = eStart;
      }
    }
    String text = new String(s, start, idx - start);
    next[0] = idx;
    if (isFloat) {
      return parseFloat != PyNone.NONE ? Ops.call(parseFloat, text) : Double.parseDouble(text);
    }
    if (parseInt != PyNone.NONE) {
      return Ops.call(parseInt, text);
    }
    return Numbers.normalize(new BigInteger(text));
  }

  private static int hexDigit(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** scanstring_unicode: the string whose body starts at {@code end} (after the quote). */
  private String scanString(int end, int[] nextOut) {
    int begin = end - 1;
    int len = s.length;
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = 0;
      int next;
      for (next = end; next < len; next++) {
        c = s[next];
        if (c == '"' || c == '\\') {
          break;
        } else if (c <= 0x1f && strict) {
          throw error("Invalid control character at", next);
        }
      }
      if (!(c == '"' || c == '\\') || next >= len) {
        throw error("Unterminated string starting at", begin);
      }
      for (int i = end; i < next; i++) {
        sb.appendCodePoint(s[i]);
      }
      next++;
      if (c == '"') {
        end = next;
        break;
      }
      if (next == len) {
        throw error("Unterminated string starting at", begin);
      }
      c = s[next];
      if (c != 'u') {
        end = next + 1;
        switch (c) {
          case '"', '\\', '/' -> { }
          case 'b' -> c = '\b';
          case 'f' -> c = '\f';
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          default -> c = 0;
        }
        if (c == 0) {
          throw error("Invalid \\escape", end - 2);
        }
      } else {
        c = 0;
        next++;
        end = next + 4;
        if (end >= len) {
          throw error("Invalid \\uXXXX escape", next - 1);
        }
        for (; next < end; next++) {
          int d = hexDigit(s[next]);
          if (d < 0) {
            throw error("Invalid \\uXXXX escape", end - 5);
          }
          c = (c << 4) | d;
        }
        if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && s[next] == '\\'
            && s[next + 1] == 'u') {
          next += 2;
          int c2 = 0;
          end += 6;
          for (; next < end; next++) {
            int d = hexDigit(s[next]);
            if (d < 0) {
              throw error("Invalid \\uXXXX escape", end - 5);
            }
            c2 = (c2 << 4) | d;
          }
          if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
            c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
          } else {
            end -= 6;
          }
        }
      }
      sb.appendCodePoint(c);
    }
    nextOut[0] = end;
    return sb.toString();
  }

  private Object parseObject(int idx, int[] nextOut) {
    int end = s.length - 1;
    PyList pairs = new PyList();
    PyDict dict = new PyDict();
    idx = skipWhitespace(idx);
    if (idx > end || s[idx] != '}') {
      int[] next = {0};
      while (true) {
        if (idx > end || s[idx] != '"') {
          throw error("Expecting property name enclosed in double quotes", idx);
        }
        String key = scanString(idx + 1, next);
        idx = skipWhitespace(next[0]);
        if (idx > end || s[idx] != ':') {
          throw error("Expecting ':' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
        Object value = scanOnce(idx, next);
        if (pairsHook != PyNone.NONE) {
          pairs.append(PyTuple.of(key, value));
        } else {
          dict.put(key, value);
        }
        idx = skipWhitespace(next[0]);
        if (idx <= end && s[idx] == '}') {
          break;
        }
        if (idx > end || s[idx] != ',') {
          throw error("Expecting ',' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
      }
    }
    nextOut[0] = idx + 1;
    if (pairsHook != PyNone.NONE) {
      return Ops.call(pairsHook, pairs);
    }
    return objectHook != PyNone.NONE ? Ops.call(objectHook, dict) : dict;
  }

  private Object parseArray(int idx, int[] nextOut) {
    int end = s.length - 1;
    PyList values = new PyList();
    idx = skipWhitespace(idx);
    if (idx > end || s[idx] != ']') {
      int[] next = {0};
      while (true) {
        values.append(scanOnce(idx, next));
        idx = skipWhitespace(next[0]);
        if (idx <= end && s[idx] == ']') {
          break;
        }
        if (idx > end || s[idx] != ',') {
          throw error("Expecting ',' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
      }
    }
    if (idx > end || s[idx] != ']') {
      throw error("Expecting value", end);
    }
    nextOut[0] = idx + 1;
    return values;
  }
}
