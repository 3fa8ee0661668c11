package corosim.vm;

import java.util.Locale;

/** The str type: constructor and methods. */
final class StrMethods {
  private StrMethods() {}

  private static String self(Object[] a) {
    return (String) a[0];
  }

  private static String arg(Object[] a, int i, String method) {
    if (!(a[i] instanceof String s)) {
      throw Errors.typeError(method + "() argument " + i + " must be str, not "
          + Types.of(a[i]).name());
    }
    return s;
  }

  static void install() {
    PyType t = Types.STR;
    t.setConstructor((a, k) -> {
      Object o = Args.arg(a, k, 0, "object", "");
      Object encoding = Args.arg(a, k, 1, "encoding", null);
      if (o instanceof PyBytes b && encoding != null) {
        return new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
      }
      return Repr.str(o);
    });
    t.method("upper", (a, k) -> self(a).toUpperCase(Locale.ROOT));
    t.method("lower", (a, k) -> self(a).toLowerCase(Locale.ROOT));
    t.method("casefold", (a, k) -> self(a).toLowerCase(Locale.ROOT));
    t.method("swapcase", (a, k) -> {
      StringBuilder sb = new StringBuilder();
      self(a).codePoints().forEach(c -> sb.appendCodePoint(
          Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
      return sb.toString();
    });
    t.method("capitalize", (a, k) -> {
      String s = self(a);
      return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT)
          + s.substring(1).toLowerCase(Locale.ROOT);
    });
    t.method("title", (a, k) -> {
      StringBuilder sb = new StringBuilder();
      boolean prevCased = false;
      for (int c : self(a).codePoints().toArray()) {
        sb.appendCodePoint(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
        prevCased = Character.isLetter(c);
      }
      return sb.toString();
    });
    t.method("strip", (a, k) -> strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, true, true));
    t.method("lstrip", (a, k) -> strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, true, false));
    t.method("rstrip", (a, k) -> strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, false, true));
    t.method("split", (a, k) -> split(self(a), Args.arg(a, k, 1, "sep", PyNone.NONE),
        Ops.index(Args.arg(a, k, 2, "maxsplit", -1L)), false));
    t.method("rsplit", (a, k) -> split(self(a), Args.arg(a, k, 1, "sep", PyNone.NONE),
        Ops.index(Args.arg(a, k, 2, "maxsplit", -1L)), true));
    t.method("splitlines", (a, k) -> {
      boolean keep = Ops.truthy(Args.arg(a, k, 1, "keepends", false));
      PyList out = new PyList();
      String s = self(a);
      int start = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c'
            || c == '\u001d' || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          int end = i;
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          out.append(s.substring(start, keep ? i + 1 : end));
          start = i + 1;
        }
      }
      if (start < s.length()) {
        out.append(s.substring(start));
      }
      return out;
    });
    t.method("join", (a, k) -> {
      String sep = self(a);
      Object[] items = Ops.toArray(a[1]);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < items.length; i++) {
        if (items[i] instanceof PyBoxed b && b.value() instanceof String) {
          items[i] = b.value();
        }
        if (!(items[i] instanceof String s)) {
          throw Errors.typeError("sequence item " + i + ": expected str instance, "
              + Types.of(items[i]).name() + " found");
        }
        if (i > 0) {
          sb.append(sep);
        }
        sb.append(s);
      }
      return sb.toString();
    });
    t.method("replace", (a, k) -> {
      String s = self(a);
      String old = arg(a, 1, "replace");
      String rep = arg(a, 2, "replace");
      long count = a.length > 3 ? Ops.index(a[3]) : -1;
      if (count < 0) {
        return s.replace(old, rep);
      }
      StringBuilder sb = new StringBuilder();
      int from = 0;
      for (long n = 0; n < count; n++) {
        int at = old.isEmpty() ? (from <= s.length() ? from : -1) : s.indexOf(old, from);
        if (at < 0) {
          break;
        }
        sb.append(s, from, at).append(rep);
        if (old.isEmpty()) {
          if (at < s.length()) {
            sb.append(s.charAt(at));
          }
          from = at + 1;
        } else {
          from = at + old.length();
        }
      }
      if (from <= s.length()) {
        sb.append(s.substring(Math.min(from, s.length())));
      }
      return sb.toString();
    });
    t.method("startswith", (a, k) -> affix(a, true));
    t.method("endswith", (a, k) -> affix(a, false));
    t.method("find", (a, k) -> (long) find(a, false));
    t.method("rfind", (a, k) -> (long) find(a, true));
    t.method("index", (a, k) -> {
      int i = find(a, false);
      if (i < 0) {
        throw Errors.valueError("substring not found");
      }
      return (long) i;
    });
    t.method("rindex", (a, k) -> {
      int i = find(a, true);
      if (i < 0) {
        throw Errors.valueError("substring not found");
      }
      return (long) i;
    });
    t.method("count", (a, k) -> {
      String s = self(a);
      String sub = arg(a, 1, "count");
      if (sub.isEmpty()) {
        return Strings.length(s) + 1;
      }
      long n = 0;
      for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
        n++;
      }
      return n;
    });
    t.method("isdigit", (a, k) -> all(self(a), Character::isDigit));
    t.method("isdecimal", (a, k) -> all(self(a), Character::isDigit));
    t.method("isnumeric", (a, k) -> all(self(a), c -> Character.isDigit(c)
        || Character.getType(c) == Character.OTHER_NUMBER
        || Character.getType(c) == Character.LETTER_NUMBER));
    t.method("isalpha", (a, k) -> all(self(a), Character::isLetter));
    t.method("isalnum", (a, k) -> all(self(a), Character::isLetterOrDigit));
    t.method("isspace", (a, k) -> all(self(a), c -> Character.isWhitespace(c) || c == 0x85 || c == 0xa0));
    t.method("isupper", (a, k) -> cased(self(a), true));
    t.method("islower", (a, k) -> cased(self(a), false));
    t.method("isidentifier", (a, k) -> {
      String s = self(a);
      return !s.isEmpty() && Character.isJavaIdentifierStart(s.codePointAt(0)) && s.indexOf('$') < 0
          && s.codePoints().allMatch(Character::isJavaIdentifierPart);
    });
    t.method("isprintable", (a, k) -> self(a).codePoints().allMatch(Repr::isPrintable));
    t.method("center", (a, k) -> justify(a, '^'));
    t.method("ljust", (a, k) -> justify(a, '<'));
    t.method("rjust", (a, k) -> justify(a, '>'));
    t.method("zfill", (a, k) -> {
      String s = self(a);
      int w = (int) Ops.index(a[1]);
      int len = (int) Strings.length(s);
      if (w <= len) {
        return s;
      }
      String sign = s.startsWith("-") || s.startsWith("+") ? s.substring(0, 1) : "";
      return sign + "0".repeat(w - len) + s.substring(sign.length());
    });
    t.method("partition", (a, k) -> {
      String s = self(a);
      String sep = arg(a, 1, "partition");
      int i = s.indexOf(sep);
      return i < 0 ? PyTuple.of(s, "", "")
          : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    });
    t.method("rpartition", (a, k) -> {
      String s = self(a);
      String sep = arg(a, 1, "rpartition");
      int i = s.lastIndexOf(sep);
      return i < 0 ? PyTuple.of("", "", s)
          : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    });
    t.method("removeprefix", (a, k) -> {
      String s = self(a);
      String p = arg(a, 1, "removeprefix");
      return s.startsWith(p) ? s.substring(p.length()) : s;
    });
    t.method("removesuffix", (a, k) -> {
      String s = self(a);
      String p = arg(a, 1, "removesuffix");
      return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
    });
    t.method("expandtabs", (a, k) -> {
      int size = a.length > 1 ? (int) Ops.index(a[1]) : 8;
      StringBuilder sb = new StringBuilder();
      int col = 0;
      for (char c : self(a).toCharArray()) {
        if (c == '\t') {
          int n = size > 0 ? size - col % size : 0;
          sb.append(" ".repeat(n));
          col += n;
        } else {
          sb.append(c);
          col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
      }
      return sb.toString();
    });
    t.method("encode", (a, k) -> new PyBytes(self(a).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    t.method("format", (a, k) -> StrFormat.format(self(a), a, k));
    t.method("format_map", (a, k) -> StrFormat.formatMap(self(a), a[1]));
    t.method("__format__", (a, k) -> Format.formatStr(self(a), (String) a[1]));
    t.method("__len__", (a, k) -> Strings.length(self(a)));
    t.method("__contains__", (a, k) -> Ops.contains(a[0], a[1]));
    t.method("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
    t.method("__add__", (a, k) -> Ops.call(Types.STR, a[0]).toString() + a[1]);
    t.method("__hash__", (a, k) -> (long) Ops.hash(a[0]));
    t.method("__eq__", (a, k) -> a[1] instanceof String ? (Object) a[0].equals(a[1]) : PyNone.NOT_IMPLEMENTED);
    t.method("__lt__", (a, k) -> a[1] instanceof String s ? (Object) (self(a).compareTo(s) < 0) : PyNone.NOT_IMPLEMENTED);
    t.method("__str__", (a, k) -> a[0]);
    t.method("__repr__", (a, k) -> Repr.quote(self(a)));
  }

  private static boolean all(String s, java.util.function.IntPredicate p) {
    return !s.isEmpty() && s.codePoints().allMatch(p);
  }

  private static boolean cased(String s, boolean upper) {
    boolean anyCased = false;
    for (int c : s.codePoints().toArray()) {
      if (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c)) {
        anyCased = true;
        if (upper ? Character.isLowerCase(c) : (Character.isUpperCase(c) || Character.isTitleCase(c))) {
          return false;
        }
      }
    }
    return anyCased;
  }

  private static Object justify(Object[] a, char align) {
    String s = self(a);
    int w = (int) Ops.index(a[1]);
    String fill = a.length > 2 ? (String) a[2] : " ";
    if (Strings.length(fill) != 1) {
      throw Errors.typeError("The fill character must be exactly one character long");
    }
    int len = (int) Strings.length(s);
    if (w <= len) {
      return s;
    }
    int pad = w - len;
    return switch (align) {
      case '<' -> s + fill.repeat(pad);
      case '>' -> fill.repeat(pad) + s;
      default -> {
        int left = pad / 2 + (pad & w & 1);
        yield fill.repeat(left) + s + fill.repeat(pad - left);
      }
    };
  }

  static String strip(String s, Object chars, boolean left, boolean right) {
    int start = 0;
    int end = s.length();
    if (chars == PyNone.NONE) {
      while (left && start < end && isSpace(s.charAt(start))) {
        start++;
      }
      while (right && end > start && isSpace(s.charAt(end - 1))) {
        end--;
      }
    } else {
      String cs = (String) chars;
      while (left && start < end && cs.indexOf(s.charAt(start)) >= 0) {
        start++;
      }
      while (right && end > start && cs.indexOf(s.charAt(end - 1)) >= 0) {
        end--;
      }
    }
    return s.substring(start, end);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || Character.isSpaceChar(c);
  }

  private static PyList split(String s, Object sepObj, long maxsplit, boolean fromRight) {
    PyList out = new PyList();
    if (sepObj == PyNone.NONE) {
      java.util.List<String> parts = new java.util.ArrayList<>();
      if (!fromRight) {
        int i = 0;
        int n = s.length();
        long splits = 0;
        while (i < n) {
          while (i < n && isSpace(s.charAt(i))) {
            i++;
          }
          if (i >= n) {
            break;
          }
          if (maxsplit >= 0 && splits >= maxsplit) {
            parts.add(strip(s.substring(i), PyNone.NONE, false, true));
            i = n;
            break;
          }
          int j = i;
          while (j < n && !isSpace(s.charAt(j))) {
            j++;
          }
          parts.add(s.substring(i, j));
          splits++;
          i = j;
        }
      } else {
        int i = s.length();
        long splits = 0;
        while (i > 0) {
          while (i > 0 && isSpace(s.charAt(i - 1))) {
            i--;
          }
          if (i <= 0) {
            break;
          }
          if (maxsplit >= 0 && splits >= maxsplit) {
            parts.add(0, strip(s.substring(0, i), PyNone.NONE, true, false));
            break;
          }
          int j = i;
          while (j > 0 && !isSpace(s.charAt(j - 1))) {
            j--;
          }
          parts.add(0, s.substring(j, i));
          splits++;
          i = j;
        }
      }
      for (String p : parts) {
        out.append(p);
      }
      return out;
    }
    String sep = (String) sepObj;
    if (sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!fromRight) {
      int from = 0;
      long splits = 0;
      int at;
      while ((maxsplit < 0 || splits < maxsplit) && (at = s.indexOf(sep, from)) >= 0) {
        parts.add(s.substring(from, at));
        from = at + sep.length();
        splits++;
      }
      parts.add(s.substring(from));
    } else {
      int to = s.length();
      long splits = 0;
      int at;
      while ((maxsplit < 0 || splits < maxsplit) && to >= 0
          && (at = s.lastIndexOf(sep, to - sep.length())) >= 0) {
        parts.add(0, s.substring(at + sep.length(), to));
        to = at;
        splits++;
      }
      parts.add(0, s.substring(0, to));
    }
    for (String p : parts) {
      out.append(p);
    }
    return out;
  }

  private static boolean affix(Object[] a, boolean prefix) {
    String s = self(a);
    int start = a.length > 2 && a[2] != PyNone.NONE ? clampIndex(a[2], s.length()) : 0;
    int end = a.length > 3 && a[3] != PyNone.NONE ? clampIndex(a[3], s.length()) : s.length();
    if (start > end) {
      return false;
    }
    String region = s.substring(start, end);
    Object what = a[1];
    if (what instanceof PyTuple t) {
      for (Object o : t.items()) {
        if (prefix ? region.startsWith((String) o) : region.endsWith((String) o)) {
          return true;
        }
      }
      return false;
    }
    if (!(what instanceof String w)) {
      throw Errors.typeError((prefix ? "startswith" : "endswith")
          + " first arg must be str or a tuple of str, not " + Types.of(what).name());
    }
    return prefix ? region.startsWith(w) : region.endsWith(w);
  }

  private static int clampIndex(Object o, int len) {
    long i = Ops.index(o);
    if (i < 0) {
      i = Math.max(0, i + len);
    }
    return (int) Math.min(i, len);
  }

  private static int find(Object[] a, boolean last) {
    String s = self(a);
    String sub = arg(a, 1, last ? "rfind" : "find");
    int start = a.length > 2 && a[2] != PyNone.NONE ? clampIndex(a[2], s.length()) : 0;
    int end = a.length > 3 && a[3] != PyNone.NONE ? clampIndex(a[3], s.length()) : s.length();
    if (start > end) {
      return -1;
    }
    String region = s.substring(start, end);
    int i = last ? region.lastIndexOf(sub) : region.indexOf(sub);
    return i < 0 ? -1 : i + start;
  }
}
