package corosim.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** The int, bool and float types: constructors and methods. */
final class NumberMethods {
  private NumberMethods() {}

  private static final Pattern FLOAT =
      Pattern.compile("[+-]?((\\d(_?\\d)*)?\\.?(\\d(_?\\d)*)?([eE][+-]?\\d(_?\\d)*)?)");

  static void install() {
    Types.INT.setConstructor((args, kw) -> {
      Object x = Args.arg(args, kw, 0, "x", null);
      Object base = Args.arg(args, kw, 1, "base", null);
      if (x == null) {
        return 0L;
      }
      return toInt(x, base);
    });
    Types.BOOL.setConstructor((args, kw) -> {
      Args.exact("bool", args, kw, 0, 1);
      return args.length > 0 && Ops.truthy(args[0]);
    });
    Types.FLOAT.setConstructor((args, kw) -> {
      Args.exact("float", args, kw, 0, 1);
      return args.length == 0 ? 0.0 : toFloat(args[0]);
    });
    PyType i = Types.INT;
    i.method("bit_length", (a, k) -> (long) Numbers.big(a[0]).abs().bitLength());
    i.method("conjugate", (a, k) -> a[0]);
    i.method("__index__", (a, k) -> a[0] instanceof Boolean b ? (b ? 1L : 0L) : a[0]);
    i.method("__int__", (a, k) -> a[0] instanceof Boolean b ? (b ? 1L : 0L) : a[0]);
    i.method("__float__", (a, k) -> Numbers.toDouble(a[0]));
    i.method("__format__", (a, k) -> Format.format(a[0], (String) a[1]));
    i.method("__round__", (a, k) -> Builtins.round(a[0], a.length > 1 ? a[1] : PyNone.NONE));
    i.method("__abs__", (a, k) -> Builtins.abs(a[0]));
    i.method("to_bytes", (a, k) -> {
      long len = Ops.index(Args.arg(a, k, 1, "length", 1L));
      String order = (String) Args.arg(a, k, 2, "byteorder", "big");
      byte[] raw = Numbers.big(a[0]).toByteArray();
      byte[] out = new byte[(int) len];
      for (int j = 0; j < len && j < raw.length; j++) {
        out[(int) len - 1 - j] = raw[raw.length - 1 - j];
      }
      if (order.equals("little")) {
        for (int x = 0, y = out.length - 1; x < y; x++, y--) {
          byte t = out[x];
          out[x] = out[y];
          out[y] = t;
        }
      }
      return new PyBytes(out);
    });
    i.attribute("real", Descriptors.getter((a, k) -> a[0] instanceof Boolean b ? (b ? 1L : 0L) : a[0]));
    i.attribute("imag", Descriptors.getter((a, k) -> 0L));
    i.attribute("numerator", Descriptors.getter((a, k) -> a[0]));
    i.attribute("denominator", Descriptors.getter((a, k) -> 1L));
    PyType f = Types.FLOAT;
    f.method("is_integer", (a, k) -> {
      double d = (Double) a[0];
      return !Double.isInfinite(d) && d == Math.rint(d);
    });
    f.method("__format__", (a, k) -> Format.format(a[0], (String) a[1]));
    f.method("__round__", (a, k) -> Builtins.round(a[0], a.length > 1 ? a[1] : PyNone.NONE));
    f.method("__int__", (a, k) -> Builtins.floatToInt((Double) a[0]));
    f.method("__float__", (a, k) -> a[0]);
    f.method("__abs__", (a, k) -> Math.abs((Double) a[0]));
    f.method("conjugate", (a, k) -> a[0]);
    f.method("as_integer_ratio", (a, k) -> {
      double d = (Double) a[0];
      if (Double.isInfinite(d)) {
        throw Errors.overflow("cannot convert Infinity to integer ratio");
      }
      if (Double.isNaN(d)) {
        throw Errors.valueError("cannot convert NaN to integer ratio");
      }
      BigDecimal bd = new BigDecimal(d);
      BigInteger num = bd.unscaledValue();
      BigInteger den = BigInteger.ONE;
      if (bd.scale() > 0) {
        den = BigInteger.TEN.pow(bd.scale());
      } else {
        num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
      }
      BigInteger g = num.gcd(den);
      return PyTuple.of(Numbers.normalize(num.divide(g)), Numbers.normalize(den.divide(g)));
    });
    f.attribute("real", Descriptors.getter((a, k) -> a[0]));
    f.attribute("imag", Descriptors.getter((a, k) -> 0.0));
  }

  static Object toInt(Object x, Object base) {
    if (base != null && base != PyNone.NONE) {
      if (!(x instanceof String s)) {
        throw Errors.typeError("int() can't convert non-string with explicit base");
      }
      return parseInt(s, (int) Ops.index(base));
    }
    if (x instanceof Long || x instanceof BigInteger) {
      return x;
    }
    if (x instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (x instanceof Double d) {
      return Builtins.floatToInt(d);
    }
    if (x instanceof String s) {
      return parseInt(s, 10);
    }
    for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
      Object r = Ops.callDunder(x, m);
      if (r != null) {
        return r;
      }
    }
    throw Errors.typeError("int() argument must be a string, a bytes-like object or a real "
        + "number, not '" + Types.of(x).name() + "'");
  }

  static Object parseInt(String text, int base) {
    String s = text.strip();
    String orig = s;
    boolean neg = false;
    if (s.startsWith("+") || s.startsWith("-")) {
      neg = s.startsWith("-");
      s = s.substring(1);
    }
    int b = base;
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if ((b == 16 || b == 0) && lower.startsWith("0x")) {
      s = s.substring(2);
      b = 16;
    } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
      s = s.substring(2);
      b = 8;
    } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
      s = s.substring(2);
      b = 2;
    } else if (b == 0) {
      b = 10;
      if (s.length() > 1 && s.startsWith("0") && !s.replace("_", "").matches("0+")) {
        throw invalidLiteral(text, base);
      }
    }
    if (b < 2 || b > 36) {
      throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
      throw invalidLiteral(text, base);
    }
    String digits = s.replace("_", "");
    try {
      BigInteger v = new BigInteger(digits, b);
      if (digits.startsWith("+") || digits.startsWith("-")) {
        throw invalidLiteral(text, base);
      }
      return Numbers.normalize(neg ? v.negate() : v);
    } catch (NumberFormatException e) {
      throw invalidLiteral(orig.isEmpty() ? text : text, base);
    }
  }

  private static PyException invalidLiteral(String text, int base) {
    return Errors.valueError("invalid literal for int() with base " + base + ": "
        + Repr.quote(text));
  }

  static double toFloat(Object x) {
    if (x instanceof Double d) {
      return d;
    }
    if (x instanceof String s) {
      return parseFloat(s);
    }
    if (Numbers.isNumber(x)) {
      return Numbers.toDouble(x);
    }
    Object r = Ops.callDunder(x, "__float__");
    if (r instanceof Double d) {
      return d;
    }
    r = Ops.callDunder(x, "__index__");
    if (r != null) {
      return Numbers.toDouble(r);
    }
    throw Errors.typeError("float() argument must be a string or a real number, not '"
        + Types.of(x).name() + "'");
  }

  static double parseFloat(String text) {
    String s = text.strip();
    String l = s.toLowerCase(java.util.Locale.ROOT);
    String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
    double sign = l.startsWith("-") ? -1.0 : 1.0;
    if (body.equals("inf") || body.equals("infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (body.equals("nan")) {
      return Double.NaN;
    }
    if (!s.isEmpty() && FLOAT.matcher(s).matches() && s.chars().anyMatch(Character::isDigit)) {
      try {
        return Double.parseDouble(s.replace("_", ""));
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw Errors.valueError("could not convert string to float: " + Repr.quote(text));
  }
}
