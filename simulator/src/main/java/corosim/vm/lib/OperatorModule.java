package corosim.vm.lib;

import corosim.lang.Operator;
import corosim.vm.Args;
import corosim.vm.Arith;
import corosim.vm.Attributes;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyCallable;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;

/**
 * {@code operator}: the operators as functions, and the callables {@code itemgetter},
 * {@code attrgetter} and {@code methodcaller} with CPython's reprs.
 */
final class OperatorModule {
  private OperatorModule() {}

  static final PyType ITEMGETTER = callableType("itemgetter");
  static final PyType ATTRGETTER = callableType("attrgetter");
  static final PyType METHODCALLER = callableType("methodcaller");

  private static PyType callableType(String name) {
    PyType t = PyType.builtin(name, PyType.Layout.NATIVE);
    t.setModule("operator");
    t.method("__call__", (a, k) -> ((PyCallable) a[0]).call(
        java.util.Arrays.copyOfRange(a, 1, a.length), k));
    t.method("__repr__", (a, k) -> a[0].toString());
    return t;
  }

  /** A callable object of this module: its type, its call and its repr. */
  private record Getter(PyType type, PyCallable body, String repr) implements PyObject, PyCallable {
    @Override
    public Object call(Object[] args, String[] kwNames) {
      return body.call(args, kwNames);
    }

    @Override
    public String toString() {
      return repr;
    }
  }

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("operator");
    binary(m, "add", Operator.Binary.ADD);
    binary(m, "sub", Operator.Binary.SUB);
    binary(m, "mul", Operator.Binary.MUL);
    binary(m, "matmul", Operator.Binary.MATMUL);
    binary(m, "truediv", Operator.Binary.DIV);
    binary(m, "floordiv", Operator.Binary.FLOORDIV);
    binary(m, "mod", Operator.Binary.MOD);
    binary(m, "pow", Operator.Binary.POW);
    binary(m, "lshift", Operator.Binary.LSHIFT);
    binary(m, "rshift", Operator.Binary.RSHIFT);
    binary(m, "or_", Operator.Binary.BITOR);
    binary(m, "xor", Operator.Binary.BITXOR);
    binary(m, "and_", Operator.Binary.BITAND);
    binary(m, "concat", Operator.Binary.ADD);
    for (String op : new String[] {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
        "lshift", "rshift", "or", "xor", "and", "concat", "matmul"}) {
      String plain = op.equals("or") || op.equals("and") ? op + "_" : op;
      Operator.Binary b = binaryOf(plain);
      m.function("i" + op, (a, k) -> {
        Args.exact("i" + op, a, k, 2, 2);
        return Arith.binary(b, true, a[0], a[1]);
      });
    }
    unary(m, "neg", Operator.Unary.NEG);
    unary(m, "pos", Operator.Unary.POS);
    unary(m, "invert", Operator.Unary.INVERT);
    unary(m, "inv", Operator.Unary.INVERT);
    unary(m, "not_", Operator.Unary.NOT);
    compare(m, "eq", Operator.Compare.EQ);
    compare(m, "ne", Operator.Compare.NE);
    compare(m, "lt", Operator.Compare.LT);
    compare(m, "le", Operator.Compare.LE);
    compare(m, "gt", Operator.Compare.GT);
    compare(m, "ge", Operator.Compare.GE);
    m.function("truth", (a, k) -> Ops.truthy(one("truth", a, k)));
    m.function("abs", (a, k) -> Ops.call(Runtime.current().builtins().get("abs"), one("abs", a, k)));
    m.function("is_", (a, k) -> {
      Args.exact("is_", a, k, 2, 2);
      return Ops.is(a[0], a[1]);
    });
    m.function("is_not", (a, k) -> {
      Args.exact("is_not", a, k, 2, 2);
      return !Ops.is(a[0], a[1]);
    });
    m.function("contains", (a, k) -> {
      Args.exact("contains", a, k, 2, 2);
      return Ops.contains(a[0], a[1]);
    });
    m.function("countOf", (a, k) -> {
      Args.exact("countOf", a, k, 2, 2);
      long n = 0;
      Object it = Ops.iter(a[0]);
      for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
        if (Ops.is(v, a[1]) || Ops.eq(v, a[1])) {
          n++;
        }
      }
      return n;
    });
    m.function("getitem", (a, k) -> {
      Args.exact("getitem", a, k, 2, 2);
      return Ops.getItem(a[0], a[1]);
    });
    m.function("setitem", (a, k) -> {
      Args.exact("setitem", a, k, 3, 3);
      Ops.setItem(a[0], a[1], a[2]);
      return PyNone.NONE;
    });
    m.function("delitem", (a, k) -> {
      Args.exact("delitem", a, k, 2, 2);
      Ops.delItem(a[0], a[1]);
      return PyNone.NONE;
    });
    m.function("index", (a, k) -> {
      Object x = one("index", a, k);
      if (corosim.vm.Numbers.isInt(x)) {
        return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
      }
      Object r = Ops.callDunder(x, "__index__");
      if (r == null) {
        throw Errors.typeError("'" + Types.of(x).name()
            + "' object cannot be interpreted as an integer");
      }
      return r;
    });
    m.function("length_hint", (a, k) -> {
      Args.exact("length_hint", a, k, 1, 2);
      try {
        return Ops.len(a[0]);
      } catch (corosim.vm.PyException e) {
        return a.length > 1 ? a[1] : 0L;
      }
    });
    m.define("itemgetter", ITEMGETTER);
    ITEMGETTER.setConstructor((a, k) -> itemgetter(a, k));
    m.define("attrgetter", ATTRGETTER);
    ATTRGETTER.setConstructor((a, k) -> attrgetter(a, k));
    m.define("methodcaller", METHODCALLER);
    METHODCALLER.setConstructor((a, k) -> methodcaller(a, k));
    return m;
  }

  private static Operator.Binary binaryOf(String name) {
    return switch (name) {
      case "add", "concat" -> Operator.Binary.ADD;
      case "sub" -> Operator.Binary.SUB;
      case "mul" -> Operator.Binary.MUL;
      case "matmul" -> Operator.Binary.MATMUL;
      case "truediv" -> Operator.Binary.DIV;
      case "floordiv" -> Operator.Binary.FLOORDIV;
      case "mod" -> Operator.Binary.MOD;
      case "pow" -> Operator.Binary.POW;
      case "lshift" -> Operator.Binary.LSHIFT;
      case "rshift" -> Operator.Binary.RSHIFT;
      case "or_" -> Operator.Binary.BITOR;
      case "xor" -> Operator.Binary.BITXOR;
      default -> Operator.Binary.BITAND;
    };
  }

  private static Object one(String name, Object[] a, String[] k) {
    Args.exact(name, a, k, 1, 1);
    return a[0];
  }

  private static void binary(PyModule m, String name, Operator.Binary op) {
    m.function(name, (a, k) -> {
      Args.exact(name, a, k, 2, 2);
      return Arith.binary(op, false, a[0], a[1]);
    });
  }

  private static void unary(PyModule m, String name, Operator.Unary op) {
    m.function(name, (a, k) -> Arith.unary(op, one(name, a, k)));
  }

  private static void compare(PyModule m, String name, Operator.Compare op) {
    m.function(name, (a, k) -> {
      Args.exact(name, a, k, 2, 2);
      return Ops.compare(op, a[0], a[1]);
    });
  }

  private static String reprArgs(Object[] items) {
    StringBuilder sb = new StringBuilder();
    for (Object o : items) {
      sb.append(sb.length() == 0 ? "" : ", ").append(Repr.repr(o));
    }
    return sb.toString();
  }

  private static Object itemgetter(Object[] a, String[] k) {
    Args.noKeywords("itemgetter", k);
    if (a.length == 0) {
      throw Errors.typeError("itemgetter expected 1 argument, got 0");
    }
    Object[] items = a.clone();
    return new Getter(ITEMGETTER, (args, kw) -> {
      Args.exact("itemgetter", args, kw, 1, 1);
      if (items.length == 1) {
        return Ops.getItem(args[0], items[0]);
      }
      Object[] out = new Object[items.length];
      for (int i = 0; i < items.length; i++) {
        out[i] = Ops.getItem(args[0], items[i]);
      }
      return new PyTuple(out);
    }, "operator.itemgetter(" + reprArgs(items) + ")");
  }

  private static Object attrgetter(Object[] a, String[] k) {
    Args.noKeywords("attrgetter", k);
    if (a.length == 0) {
      throw Errors.typeError("attrgetter expected 1 argument, got 0");
    }
    String[] names = new String[a.length];
    for (int i = 0; i < a.length; i++) {
      if (!(a[i] instanceof String s)) {
        throw Errors.typeError("attribute name must be a string");
      }
      names[i] = s;
    }
    return new Getter(ATTRGETTER, (args, kw) -> {
      Args.exact("attrgetter", args, kw, 1, 1);
      if (names.length == 1) {
        return dotted(args[0], names[0]);
      }
      Object[] out = new Object[names.length];
      for (int i = 0; i < names.length; i++) {
        out[i] = dotted(args[0], names[i]);
      }
      return new PyTuple(out);
    }, "operator.attrgetter(" + reprArgs(a) + ")");
  }

  private static Object dotted(Object obj, String path) {
    for (String part : path.split("\\.")) {
      obj = Attributes.get(obj, part);
    }
    return obj;
  }

  private static Object methodcaller(Object[] a, String[] k) {
    int n = Args.positional(a, k);
    if (n == 0 || !(a[0] instanceof String name)) {
      throw Errors.typeError(n == 0 ? "methodcaller needs at least one argument, the method name"
          : "method name must be a string");
    }
    Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
    String[] kw = k;
    StringBuilder repr = new StringBuilder("operator.methodcaller(").append(Repr.repr(name));
    for (int i = 1; i < n; i++) {
      repr.append(", ").append(Repr.repr(a[i]));
    }
    if (k != null) {
      for (int i = 0; i < k.length; i++) {
        repr.append(", ").append(k[i]).append('=').append(Repr.repr(a[n + i]));
      }
    }
    return new Getter(METHODCALLER, (args, kwNames) -> {
      Args.exact("methodcaller", args, kwNames, 1, 1);
      return Ops.call(Attributes.get(args[0], name), rest.clone(), kw);
    }, repr.append(')').toString());
  }
}
