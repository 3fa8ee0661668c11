package corosim.vm;

import corosim.lang.Operator;
import java.math.BigInteger;

/** The arithmetic and bitwise operators, unary and binary, with Python's semantics. */
public final class Arith {
  private Arith() {}

  private static final String[] DUNDER = {
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
    "or", "xor", "and"
  };

  public static Object binary(Operator.Binary op, boolean inPlace, Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      Object r = longs(op, x, y);
      if (r != null) {
        return r;
      }
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      Object r = numbers(op, a, b);
      if (r != null) {
        return r;
      }
    }
    boolean user = !Types.of(a).isBuiltin() || !Types.of(b).isBuiltin();
    if (user) {
      Object r = dunder(op, inPlace, a, b);
      if (r != null) {
        return r;
      }
    } else {
      Object r = Sequences.binary(op, inPlace, a, b);
      if (r != null) {
        return r;
      }
    }
    if (op == Operator.Binary.BITOR && GenericAlias.unionOperand(a)
        && GenericAlias.unionOperand(b) && (a instanceof PyType || b instanceof PyType
            || a instanceof GenericAlias || b instanceof GenericAlias)) {
      return GenericAlias.union(a, b); // int | None in annotations: types.UnionType
    }
    if (op == Operator.Binary.MUL && (isSequence(a) || isSequence(b))) {
      // sq_repeat wants an index: CPython names the other operand's type
      Object other = isSequence(a) ? b : a;
      throw Errors.typeError("can't multiply sequence by non-int of type '"
          + Types.of(other).name() + "'");
    }
    if (op == Operator.Binary.ADD && a instanceof String && !(b instanceof String)) {
      throw Errors.typeError("can only concatenate str (not \"" + Types.of(b).name() + "\") to str");
    }
    if (op == Operator.Binary.ADD && (a instanceof PyList || a instanceof PyTuple)
        && Types.of(a) != Types.of(b)) {
      throw Errors.typeError("can only concatenate " + Types.of(a).name() + " (not \""
          + Types.of(b).name() + "\") to " + Types.of(a).name());
    }
    String sym = op.symbol() + (inPlace ? "=" : "");
    if (op == Operator.Binary.POW) {
      throw Errors.typeError("unsupported operand type(s) for " + (inPlace ? "**=" : "** or pow()")
          + ": '" + Types.of(a).name() + "' and '" + Types.of(b).name() + "'");
    }
    throw Errors.unsupported(sym, a, b);
  }

  /**
   * {@code a op b} as the builtin types do it, for their operator dunders (which also serve
   * instances of subclasses); NotImplemented when the builtin types do not support the pair.
   */
  static Object nativeBinary(Operator.Binary op, boolean inPlace, Object a, Object b) {
    a = UserInstance.unbox(a);
    b = UserInstance.unbox(b);
    if (a instanceof PyInstance || b instanceof PyInstance || a instanceof PyBoxed
        || b instanceof PyBoxed) {
      return PyNone.NOT_IMPLEMENTED;
    }
    if (a instanceof Long x && b instanceof Long y) {
      Object r = longs(op, x, y);
      if (r != null) {
        return r;
      }
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      Object r = numbers(op, a, b);
      return r != null ? r : PyNone.NOT_IMPLEMENTED;
    }
    Object r = Sequences.binary(op, inPlace, a, b);
    return r != null ? r : PyNone.NOT_IMPLEMENTED;
  }

  private static boolean isSequence(Object o) {
    return o instanceof String || o instanceof PyList || o instanceof PyTuple
        || o instanceof PyBytes;
  }

  private static Object dunder(Operator.Binary op, boolean inPlace, Object a, Object b) {
    String name = DUNDER[op.ordinal()];
    if (inPlace) {
      Object r = Ops.callDunder(a, "__i" + name + "__", b);
      if (r != null && r != PyNone.NOT_IMPLEMENTED) {
        return r;
      }
    }
    PyType ta = Types.of(a);
    PyType tb = Types.of(b);
    boolean reflectFirst = ta != tb && tb.isSubtypeOf(ta) && !tb.isBuiltin();
    if (reflectFirst) {
      Object r = Ops.callDunder(b, "__r" + name + "__", a);
      if (r != null && r != PyNone.NOT_IMPLEMENTED) {
        return r;
      }
    }
    Object r = Ops.callDunder(a, "__" + name + "__", b);
    if (r != null && r != PyNone.NOT_IMPLEMENTED) {
      return r;
    }
    if (ta.isBuiltin()) {
      Object s = Numbers.isNumber(a) && Numbers.isNumber(b) ? null : Sequences.binary(op, inPlace, a, b);
      if (s != null) {
        return s;
      }
    }
    if (!reflectFirst && ta != tb) {
      r = Ops.callDunder(b, "__r" + name + "__", a);
      if (r != null && r != PyNone.NOT_IMPLEMENTED) {
        return r;
      }
    }
    return null;
  }

  /**
   * The interpreter's inline path for the commonest int operations (+, -, *, and the
   * comparisons' companions): the result, or null for everything else (overflow included).
   */
  static Object longFast(int op, long x, long y) {
    if (op == 0) { // ADD
      long r = x + y;
      return ((x ^ r) & (y ^ r)) < 0 ? null : (Object) r;
    }
    if (op == 1) { // SUB
      long r = x - y;
      return ((x ^ y) & (x ^ r)) < 0 ? null : (Object) r;
    }
    if (op == 2) { // MUL
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : null;
    }
    return null;
  }

  /** Long op Long; null when the result needs the general path (overflow, float result). */
  private static Object longs(Operator.Binary op, long x, long y) {
    switch (op) {
      case ADD: {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
          return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
        }
        return r;
      }
      case SUB: {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
          return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
        }
        return r;
      }
      case MUL: {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
          return lo;
        }
        return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
      }
      case FLOORDIV:
        if (y == 0) {
          throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (x == Long.MIN_VALUE && y == -1) {
          return BigInteger.valueOf(x).negate();
        }
        return Math.floorDiv(x, y);
      case MOD:
        if (y == 0) {
          throw Errors.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(x, y);
      case DIV:
        if (y == 0) {
          throw Errors.zeroDivision("division by zero");
        }
        return Numbers.trueDivide(x, y);
      case BITAND:
        return x & y;
      case BITOR:
        return x | y;
      case BITXOR:
        return x ^ y;
      default:
        return null;
    }
  }

  private static Object numbers(Operator.Binary op, Object a, Object b) {
    boolean isFloat = a instanceof Double || b instanceof Double;
    if (isFloat) {
      return floats(op, Numbers.toDouble(a), Numbers.toDouble(b), a, b);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      switch (op) {
        case BITAND:
          return x & y;
        case BITOR:
          return x | y;
        case BITXOR:
          return x ^ y;
        default:
          break;
      }
    }
    BigInteger x = Numbers.big(a);
    BigInteger y = Numbers.big(b);
    switch (op) {
      case ADD:
        return Numbers.normalize(x.add(y));
      case SUB:
        return Numbers.normalize(x.subtract(y));
      case MUL:
        return Numbers.normalize(x.multiply(y));
      case DIV:
        if (y.signum() == 0) {
          throw Errors.zeroDivision("division by zero");
        }
        return Numbers.trueDivide(a, b);
      case FLOORDIV: {
        if (y.signum() == 0) {
          throw Errors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
          q = q.subtract(BigInteger.ONE);
        }
        return Numbers.normalize(q);
      }
      case MOD: {
        if (y.signum() == 0) {
          throw Errors.zeroDivision("integer modulo by zero");
        }
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
          r = r.add(y);
        }
        return Numbers.normalize(r);
      }
      case POW:
        return intPow(x, y);
      case LSHIFT: {
        if (y.signum() < 0) {
          throw Errors.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
          throw Errors.overflow("too many digits in integer");
        }
        return Numbers.normalize(x.shiftLeft(y.intValue()));
      }
      case RSHIFT: {
        if (y.signum() < 0) {
          throw Errors.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
          return x.signum() < 0 ? -1L : 0L;
        }
        return Numbers.normalize(x.shiftRight(y.intValue()));
      }
      case BITAND:
        return Numbers.normalize(x.and(y));
      case BITOR:
        return Numbers.normalize(x.or(y));
      case BITXOR:
        return Numbers.normalize(x.xor(y));
      default:
        return null;
    }
  }

  private static Object intPow(BigInteger x, BigInteger y) {
    if (y.signum() < 0) {
      double base = x.doubleValue();
      if (base == 0) {
        throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
      }
      return Math.pow(base, y.doubleValue());
    }
    if (y.bitLength() > 31) {
      if (x.abs().compareTo(BigInteger.ONE) <= 0) {
        return Numbers.normalize(x.signum() < 0 && y.testBit(0) ? x : x.abs());
      }
      throw Errors.overflow("exponent too large");
    }
    return Numbers.normalize(x.pow(y.intValue()));
  }

  private static Object floats(Operator.Binary op, double x, double y, Object a, Object b) {
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        if (y == 0) {
          throw Errors.zeroDivision("float division by zero");
        }
        return x / y;
      case FLOORDIV:
        if (y == 0) {
          throw Errors.zeroDivision("float floor division by zero");
        }
        return Numbers.floatDivmod(x, y)[0];
      case MOD:
        if (y == 0) {
          throw Errors.zeroDivision("float modulo");
        }
        return Numbers.floatDivmod(x, y)[1];
      case POW:
        return floatPow(x, y);
      default:
        return null;
    }
  }

  static double floatPow(double x, double y) {
    if (x == 0 && y < 0) {
      throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
    }
    if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) {
      throw Errors.valueError("math domain error");
    }
    double r = Math.pow(x, y);
    if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
      throw Errors.create(Types.OVERFLOW_ERROR, PyTuple.of(34L, "Numerical result out of range"));
    }
    return r;
  }

  public static Object unary(Operator.Unary op, Object a) {
    switch (op) {
      case NOT:
        return !Ops.truthy(a);
      case NEG:
        if (a instanceof Long l) {
          return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : -l;
        }
        if (a instanceof Double d) {
          return -d;
        }
        if (a instanceof Boolean b) {
          return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
          return Numbers.normalize(b.negate());
        }
        break;
      case POS:
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
          return a;
        }
        if (a instanceof Boolean b) {
          return b ? 1L : 0L;
        }
        break;
      case INVERT:
        if (a instanceof Long l) {
          return ~l;
        }
        if (a instanceof Boolean b) {
          return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
          return Numbers.normalize(b.not());
        }
        break;
      default:
        break;
    }
    String name = switch (op) {
      case NEG -> "__neg__";
      case POS -> "__pos__";
      default -> "__invert__";
    };
    Object r = Ops.callDunder(a, name);
    if (r != null) {
      return r;
    }
    throw Errors.typeError("bad operand type for unary " + op.symbol() + ": '"
        + Types.of(a).name() + "'");
  }
}
