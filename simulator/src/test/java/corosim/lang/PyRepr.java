package corosim.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's repr() of the constants the parser produces and ast's operator names, as ast.dump prints them. */
final class PyRepr {
  private PyRepr() {}

  static String of(Object value) {
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Expr.Bytes b) {
      return bytes(b.data());
    }
    if (value instanceof Double d) {
      return floatRepr(d, true);
    }
    if (value instanceof Expr.Imaginary i) {
      return floatRepr(i.imag(), false) + "j";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value == Expr.Singleton.NONE) {
      return "None";
    }
    if (value == Expr.Singleton.ELLIPSIS) {
      return "Ellipsis";
    }
    return value.toString(); // BigInteger
  }

  /** repr(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
  static String floatRepr(double d, boolean addDotZero) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      String zero = addDotZero ? "0.0" : "0";
      return 1 / d < 0 ? "-" + zero : zero;
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        shortest = candidate;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int decpt = digits.length() - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
      int exp = decpt - 1;
      String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1)
          : digits;
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    if (decpt <= 0) {
      return sign + "0." + "0".repeat(-decpt) + digits;
    }
    if (decpt >= digits.length()) {
      return sign + digits + "0".repeat(decpt - digits.length()) + (addDotZero ? ".0" : "");
    }
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }

  static String string(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f || LiteralScanner.isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.append(String.format("\\U%08x", cp));
      }
    }
    return out.append(quote).toString();
  }

  static String bytes(byte[] data) {
    boolean single = false;
    boolean dbl = false;
    for (byte b : data) {
      single |= b == '\'';
      dbl |= b == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    StringBuilder out = new StringBuilder("b").append(quote);
    for (byte x : data) {
      int b = x & 0xff;
      if (b == quote || b == '\\') {
        out.append('\\').append((char) b);
      } else if (b == '\t') {
        out.append("\\t");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\r') {
        out.append("\\r");
      } else if (b < ' ' || b >= 0x7f) {
        out.append(String.format("\\x%02x", b));
      } else {
        out.append((char) b);
      }
    }
    return out.append(quote).toString();
  }

  static String binary(Operator.Binary op) {
    return switch (op) {
      case ADD -> "Add()";
      case SUB -> "Sub()";
      case MUL -> "Mult()";
      case MATMUL -> "MatMult()";
      case DIV -> "Div()";
      case FLOORDIV -> "FloorDiv()";
      case MOD -> "Mod()";
      case POW -> "Pow()";
      case LSHIFT -> "LShift()";
      case RSHIFT -> "RShift()";
      case BITOR -> "BitOr()";
      case BITXOR -> "BitXor()";
      case BITAND -> "BitAnd()";
    };
  }

  static String compare(Operator.Compare op) {
    return switch (op) {
      case EQ -> "Eq()";
      case NE -> "NotEq()";
      case LT -> "Lt()";
      case LE -> "LtE()";
      case GT -> "Gt()";
      case GE -> "GtE()";
      case IS -> "Is()";
      case IS_NOT -> "IsNot()";
      case IN -> "In()";
      case NOT_IN -> "NotIn()";
    };
  }

  static String unary(Operator.Unary op) {
    return switch (op) {
      case NOT -> "Not()";
      case NEG -> "USub()";
      case POS -> "UAdd()";
      case INVERT -> "Invert()";
    };
  }
}
