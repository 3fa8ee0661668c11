package corosim.vm;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} with Python's format-spec mini-language
 * ({@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}) and {@code str % args}.
 */
public final class Format {
  private Format() {}

  /** A parsed format spec. */
  record Spec(char fill, char align, char sign, boolean alternate, boolean zero, int width,
      char grouping, int precision, char type) {}

  static Spec parse(String spec, String typeName) {
    int i = 0;
    int n = spec.length();
    char fill = ' ';
    char align = 0;
    if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
      fill = spec.charAt(0);
      align = spec.charAt(1);
      i = 2;
    } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
      align = spec.charAt(0);
      i = 1;
    }
    char sign = 0;
    if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
      sign = spec.charAt(i++);
    }
    if (i < n && spec.charAt(i) == 'z') {
      i++;
    }
    boolean alternate = false;
    if (i < n && spec.charAt(i) == '#') {
      alternate = true;
      i++;
    }
    boolean zero = false;
    if (i < n && spec.charAt(i) == '0') {
      zero = true;
      i++;
    }
    int width = -1;
    int start = i;
    while (i < n && Character.isDigit(spec.charAt(i))) {
      i++;
    }
    if (i > start) {
      width = Integer.parseInt(spec.substring(start, i));
    }
    char grouping = 0;
    if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
      grouping = spec.charAt(i++);
    }
    int precision = -1;
    if (i < n && spec.charAt(i) == '.') {
      i++;
      start = i;
      while (i < n && Character.isDigit(spec.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw Errors.valueError("Format specifier missing precision");
      }
      precision = Integer.parseInt(spec.substring(start, i));
    }
    char type = 0;
    if (i < n) {
      type = spec.charAt(i++);
    }
    if (i < n) {
      throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
    }
    if (zero && align == 0) {
      fill = '0';
      align = '=';
    }
    return new Spec(fill, align, sign, alternate, zero, width, grouping, precision, type);
  }

  /** {@code format(value, spec)}. */
  public static String format(Object value, String spec) {
    if (value instanceof PyBoxed boxed) {
      Object custom = UserInstance.override(boxed.type(), "__format__");
      if (custom != null) {
        return checkFormatted(Ops.callDescriptor(custom, value, spec));
      }
      if (spec.isEmpty()) {
        return Repr.str(value); // int.__format__(x, '') is str(x), a subclass's __str__ included
      }
      value = boxed.value();
    }
    if (value instanceof Boolean b && (spec.isEmpty() || isStringType(spec))) {
      return pad(b ? "True" : "False", parse(spec, "bool"), '<');
    }
    if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
      return formatInt(Numbers.big(value), spec);
    }
    if (value instanceof Double d) {
      return formatFloat(d, spec);
    }
    if (value instanceof String s) {
      return formatStr(s, spec);
    }
    Object r = Ops.callDunder(value, "__format__", spec);
    if (r != null) {
      return checkFormatted(r);
    }
    Object custom = Types.of(value).lookup("__format__");
    if (custom instanceof PyBuiltin b && b.owner() != Types.OBJECT) {
      return (String) Ops.call(b, value, spec);
    }
    if (!spec.isEmpty()) {
      throw Errors.typeError("unsupported format string passed to " + Types.of(value).name()
          + ".__format__");
    }
    return Repr.str(value);
  }

  private static String checkFormatted(Object r) {
    if (!(r instanceof String s)) {
      throw Errors.typeError("__format__ must return a str, not " + Types.of(r).name());
    }
    return s;
  }

  private static boolean isStringType(String spec) {
    char last = spec.charAt(spec.length() - 1);
    return last == 's' || !Character.isLetter(last);
  }

  static String formatStr(String s, String spec) {
    if (spec.isEmpty()) {
      return s;
    }
    Spec p = parse(spec, "str");
    if (p.type != 0 && p.type != 's') {
      throw Errors.valueError("Unknown format code '" + p.type + "' for object of type 'str'");
    }
    if (p.sign != 0) {
      throw Errors.valueError("Sign not allowed in string format specifier");
    }
    if (p.align == '=') {
      throw Errors.valueError("'=' alignment not allowed in string format specifier");
    }
    String body = s;
    if (p.precision >= 0 && Strings.length(body) > p.precision) {
      body = Strings.substring(body, 0, p.precision);
    }
    return pad(body, p, '<');
  }

  static String formatInt(BigInteger v, String spec) {
    Spec p = parse(spec, "int");
    char type = p.type == 0 ? 'd' : p.type;
    if ("eEfFgG%".indexOf(type) >= 0) {
      return formatFloat(v.doubleValue(), spec);
    }
    if (p.precision >= 0) {
      throw Errors.valueError("Precision not allowed in integer format specifier");
    }
    String digits;
    String prefix = "";
    BigInteger a = v.abs();
    switch (type) {
      case 'd', 'n' -> digits = a.toString();
      case 'x' -> {
        digits = a.toString(16);
        prefix = p.alternate ? "0x" : "";
      }
      case 'X' -> {
        digits = a.toString(16).toUpperCase(java.util.Locale.ROOT);
        prefix = p.alternate ? "0X" : "";
      }
      case 'o' -> {
        digits = a.toString(8);
        prefix = p.alternate ? "0o" : "";
      }
      case 'b' -> {
        digits = a.toString(2);
        prefix = p.alternate ? "0b" : "";
      }
      case 'c' -> {
        return pad(new String(Character.toChars(v.intValue())), p, '<');
      }
      default -> throw Errors.valueError(
          "Unknown format code '" + type + "' for object of type 'int'");
    }
    if (p.grouping != 0) {
      digits = group(digits, p.grouping, type == 'd' || type == 'n' ? 3 : 4);
    }
    return numeric(v.signum() < 0, prefix, digits, p);
  }

  static String formatFloat(double x, String spec) {
    if (spec.isEmpty()) {
      return FloatFormat.repr(x);
    }
    Spec p = parse(spec, "float");
    char type = p.type;
    boolean neg = x < 0 || (x == 0 && 1 / x < 0);
    double ax = Math.abs(x);
    String body;
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      body = Double.isNaN(x) ? "nan" : "inf";
      if (type == 'E' || type == 'F' || type == 'G') {
        body = body.toUpperCase(java.util.Locale.ROOT);
      }
      if (type == '%' && !Double.isNaN(x)) {
        body = body + "%";
      }
      return numeric(neg && !Double.isNaN(x), "", body, p);
    }
    int prec = p.precision;
    switch (type) {
      case 'f', 'F' -> body = FloatFormat.fixedPrecision(ax, prec < 0 ? 6 : prec);
      case 'e', 'E' -> body = FloatFormat.exponentPrecision(ax, prec < 0 ? 6 : prec);
      case 'g', 'G', 'n' -> body = FloatFormat.general(ax, prec < 0 ? 6 : prec, p.alternate);
      case '%' -> body = FloatFormat.fixedPrecision(ax * 100, prec < 0 ? 6 : prec) + "%";
      case 0 -> {
        if (prec < 0) {
          body = FloatFormat.repr(ax);
        } else {
          body = FloatFormat.general(ax, prec, p.alternate);
          if (!body.contains(".") && !body.contains("e") && !body.contains("inf")) {
            body = body + ".0";
          }
        }
      }
      default -> throw Errors.valueError(
          "Unknown format code '" + type + "' for object of type 'float'");
    }
    if (type == 'E' || type == 'G' || type == 'F') {
      body = body.toUpperCase(java.util.Locale.ROOT);
    }
    if (p.alternate && !body.contains(".") && (type == 'f' || type == 'F' || type == 'e' || type == 'E')) {
      int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
      body = e >= 0 ? body.substring(0, e) + "." + body.substring(e) : body + ".";
    }
    if (p.grouping != 0) {
      int end = body.indexOf('.');
      if (end < 0) {
        end = body.indexOf('e');
      }
      if (end < 0) {
        end = body.length();
      }
      body = group(body.substring(0, end), p.grouping, 3) + body.substring(end);
    }
    return numeric(neg, "", body, p);
  }

  private static String group(String digits, char sep, int every) {
    StringBuilder sb = new StringBuilder();
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % every == 0) {
        sb.append(sep);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  /** Sign, prefix, padding ('=' puts fill between sign and digits). */
  private static String numeric(boolean negative, String prefix, String digits, Spec p) {
    String sign = negative ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
    char align = p.align == 0 ? '>' : p.align;
    int len = sign.length() + prefix.length() + digits.length();
    if (p.width > len && align == '=') {
      String fill = String.valueOf(p.fill).repeat(p.width - len);
      if (p.fill == '0' && p.grouping != 0) {
        // CPython groups zero padding too: 0,001,234
        String all = fill + digits.replace(String.valueOf(p.grouping), "");
        int width = p.width - sign.length() - prefix.length();
        String grouped = groupPadded(all, p.grouping, width);
        return sign + prefix + grouped;
      }
      return sign + prefix + fill + digits;
    }
    return pad(sign + prefix + digits, new Spec(p.fill, align, p.sign, p.alternate, p.zero,
        p.width, p.grouping, p.precision, p.type), '>');
  }

  private static String groupPadded(String raw, char sep, int width) {
    String digits = raw.replaceFirst("^0+(?=\\d)", "");
    String g = group(digits, sep, 3);
    while (g.length() < width) {
      digits = "0" + digits;
      g = group(digits, sep, 3);
    }
    return g;
  }

  private static String pad(String body, Spec p, char defaultAlign) {
    int len = (int) Strings.length(body);
    if (p.width <= len) {
      return body;
    }
    char align = p.align == 0 ? defaultAlign : p.align;
    int pad = p.width - len;
    String f = String.valueOf(p.fill);
    return switch (align) {
      case '<' -> body + f.repeat(pad);
      case '^' -> f.repeat(pad / 2) + body + f.repeat(pad - pad / 2);
      default -> f.repeat(pad) + body;
    };
  }

  // ---- printf-style: str % args

  static String percent(String fmt, Object args) {
    Object[] values;
    PyDict mapping = null;
    if (args instanceof PyTuple t) {
      values = t.items();
    } else {
      values = new Object[] {args};
      if (args instanceof PyDict d) {
        mapping = d;
      }
    }
    StringBuilder out = new StringBuilder();
    int argi = 0;
    int n = fmt.length();
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i >= n) {
        throw Errors.valueError("incomplete format");
      }
      Object value = null;
      if (fmt.charAt(i) == '(') {
        int close = fmt.indexOf(')', i);
        if (mapping == null) {
          throw Errors.typeError("format requires a mapping");
        }
        value = Ops.getItem(mapping, fmt.substring(i + 1, close));
        i = close + 1;
      }
      StringBuilder flags = new StringBuilder();
      while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
        flags.append(fmt.charAt(i++));
      }
      StringBuilder width = new StringBuilder();
      if (i < n && fmt.charAt(i) == '*') {
        width.append(Ops.index(values[argi++]));
        i++;
      }
      while (i < n && Character.isDigit(fmt.charAt(i))) {
        width.append(fmt.charAt(i++));
      }
      String precision = null;
      if (i < n && fmt.charAt(i) == '.') {
        i++;
        StringBuilder pr = new StringBuilder();
        while (i < n && Character.isDigit(fmt.charAt(i))) {
          pr.append(fmt.charAt(i++));
        }
        precision = pr.length() == 0 ? "0" : pr.toString();
      }
      if (i >= n) {
        throw Errors.valueError("incomplete format");
      }
      char type = fmt.charAt(i);
      if (type == '%') {
        out.append('%');
        continue;
      }
      if (value == null) {
        if (argi >= values.length) {
          throw Errors.typeError("not enough arguments for format string");
        }
        value = values[argi++];
      }
      String f = flags.toString();
      char align = f.contains("-") ? '<' : '>';
      if (type != 's' && type != 'r' && type != 'a') {
        value = UserInstance.unbox(value); // %d of an int subclass formats its value
      }
      String spec;
      String body;
      switch (type) {
        case 's', 'r', 'a' -> {
          body = type == 's' ? Repr.str(value) : type == 'r' ? Repr.repr(value) : Repr.ascii(value);
          if (precision != null) {
            body = formatStr(body, "." + precision);
          }
          out.append(formatStr(body, align + width.toString()));
          continue;
        }
        case 'd', 'i', 'u' -> {
          if (!Numbers.isNumber(value)) {
            throw Errors.typeError("%" + type + " format: a real number is required, not "
                + Types.of(value).name());
          }
          Object iv = value instanceof Double d ? Builtins.floatToInt(d) : value;
          spec = signFlags(f) + zeroFlag(f, align) + width + "d";
          body = formatInt(Numbers.big(iv), alignPrefix(f) + spec);
        }
        case 'x', 'X', 'o' -> {
          spec = signFlags(f) + (f.contains("#") ? "#" : "") + zeroFlag(f, align) + width + type;
          body = formatInt(Numbers.big(value), alignPrefix(f) + spec);
        }
        case 'e', 'E', 'f', 'F', 'g', 'G' -> {
          spec = signFlags(f) + (f.contains("#") ? "#" : "") + zeroFlag(f, align) + width + "."
              + (precision == null ? "6" : precision) + type;
          body = formatFloat(Numbers.toDouble(value), alignPrefix(f) + spec);
        }
        case 'c' -> body = value instanceof String s ? s
            : new String(Character.toChars((int) Ops.index(value)));
        default -> throw Errors.valueError("unsupported format character '" + type + "' (0x"
            + Integer.toHexString(type) + ") at index " + i);
      }
      out.append(body);
    }
    if (argi < values.length && mapping == null) {
      throw Errors.typeError("not all arguments converted during string formatting");
    }
    return out.toString();
  }

  private static String signFlags(String f) {
    return f.contains("+") ? "+" : f.contains(" ") ? " " : "";
  }

  private static String zeroFlag(String f, char align) {
    return f.contains("0") && align != '<' ? "0" : "";
  }

  private static String alignPrefix(String f) {
    return f.contains("-") ? "<" : "";
  }
}
