package corosim.vm;

/** {@code str.format}: replacement fields {@code {name.attr[key]!conv:spec}}, nested specs. */
final class StrFormat {
  private StrFormat() {}

  static String format(String fmt, Object[] args, String[] kw) {
    int npos = args.length - (kw == null ? 0 : kw.length);
    Object[] positional = new Object[npos - 1];
    System.arraycopy(args, 1, positional, 0, npos - 1);
    PyDict named = new PyDict();
    if (kw != null) {
      for (int i = 0; i < kw.length; i++) {
        named.put(kw[i], args[npos + i]);
      }
    }
    return render(fmt, positional, named, new int[] {0}, 2);
  }

  static String formatMap(String fmt, Object mapping) {
    return render(fmt, new Object[0], mapping, new int[] {0}, 2);
  }

  private static String render(String fmt, Object[] positional, Object named, int[] auto,
      int depth) {
    if (depth < 0) {
      throw Errors.valueError("Max string recursion exceeded");
    }
    StringBuilder out = new StringBuilder();
    int n = fmt.length();
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c == '{') {
        if (i + 1 < n && fmt.charAt(i + 1) == '{') {
          out.append('{');
          i++;
          continue;
        }
        int level = 1;
        int j = i + 1;
        while (j < n && level > 0) {
          char d = fmt.charAt(j);
          if (d == '{') {
            level++;
          } else if (d == '}') {
            level--;
          }
          j++;
        }
        if (level != 0) {
          throw Errors.valueError("expected '}' before end of string");
        }
        out.append(field(fmt.substring(i + 1, j - 1), positional, named, auto, depth));
        i = j - 1;
      } else if (c == '}') {
        if (i + 1 < n && fmt.charAt(i + 1) == '}') {
          out.append('}');
          i++;
          continue;
        }
        throw Errors.valueError("Single '}' encountered in format string");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String field(String field, Object[] positional, Object named, int[] auto,
      int depth) {
    String spec = "";
    char conversion = 0;
    int colon = -1;
    int bracket = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket--;
      } else if (c == ':' && bracket == 0) {
        colon = i;
        break;
      }
    }
    String head = field;
    if (colon >= 0) {
      spec = render(field.substring(colon + 1), positional, named, auto, depth - 1);
      head = field.substring(0, colon);
    }
    int bang = head.indexOf('!');
    if (bang >= 0) {
      if (bang + 2 != head.length()) {
        throw Errors.valueError("expected ':' after conversion specifier");
      }
      conversion = head.charAt(bang + 1);
      head = head.substring(0, bang);
    }
    int end = 0;
    while (end < head.length() && head.charAt(end) != '.' && head.charAt(end) != '[') {
      end++;
    }
    String first = head.substring(0, end);
    Object value;
    if (first.isEmpty()) {
      if (auto[0] < 0) {
        throw Errors.valueError(
            "cannot switch from manual field specification to automatic field numbering");
      }
      int idx = auto[0]++;
      if (idx >= positional.length) {
        throw Errors.indexError("Replacement index " + idx + " out of range for positional "
            + "args tuple");
      }
      value = positional[idx];
    } else if (first.chars().allMatch(Character::isDigit)) {
      if (auto[0] > 0) {
        throw Errors.valueError(
            "cannot switch from automatic field numbering to manual field specification");
      }
      auto[0] = -1;
      int idx = Integer.parseInt(first);
      if (idx >= positional.length) {
        throw Errors.indexError("Replacement index " + idx + " out of range for positional "
            + "args tuple");
      }
      value = positional[idx];
    } else {
      value = Ops.getItem(named, first);
    }
    int i = end;
    while (i < head.length()) {
      if (head.charAt(i) == '.') {
        int j = i + 1;
        while (j < head.length() && head.charAt(j) != '.' && head.charAt(j) != '[') {
          j++;
        }
        value = Attributes.get(value, head.substring(i + 1, j));
        i = j;
      } else {
        int close = head.indexOf(']', i);
        String key = head.substring(i + 1, close);
        Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
            ? (Object) Long.parseLong(key) : key;
        value = Ops.getItem(value, k);
        i = close + 1;
      }
    }
    if (conversion == 'r') {
      value = Repr.repr(value);
    } else if (conversion == 's') {
      value = Repr.str(value);
    } else if (conversion == 'a') {
      value = Repr.ascii(value);
    } else if (conversion != 0) {
      throw Errors.valueError("Unknown conversion specifier " + conversion);
    }
    return Format.format(value, spec);
  }
}
