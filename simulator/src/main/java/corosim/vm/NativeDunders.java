package corosim.vm;

import corosim.lang.Operator;

/**
 * The dunder methods of the builtin types scenario classes derive from ({@code int},
 * {@code float}, {@code str}, {@code bytes}, {@code tuple}, {@code list}, {@code dict},
 * {@code set}, {@code frozenset}), and how their subclasses are allocated. Each dunder does the
 * builtin operation on the builtin part of self, never re-dispatching to the subclass's own
 * methods, so {@code super().__getitem__(k)} in an override works as in CPython.
 */
final class NativeDunders {
  private NativeDunders() {}

  private static final String[] COMPARE = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
  private static final String[] BINARY = {
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
    "or", "xor", "and"
  };

  static void install() {
    allocators();
    PyType[] bases = {Types.INT, Types.FLOAT, Types.STR, Types.BYTES, Types.TUPLE, Types.LIST,
        Types.DICT, Types.SET, Types.FROZENSET};
    for (PyType t : bases) {
      for (int i = 0; i < COMPARE.length; i++) {
        int op = i;
        t.method(COMPARE[i], (a, k) -> Ops.compareNative(op, a[0], a[1]));
      }
      t.method("__repr__", (a, k) -> Repr.nativeRepr(UserInstance.unbox(a[0])));
    }
    for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.STR, Types.BYTES}) {
      t.setUnboxesSelf();
    }
    for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.STR, Types.BYTES, Types.TUPLE,
        Types.FROZENSET}) {
      t.method("__hash__", (a, k) -> (long) Ops.nativeHash(UserInstance.unbox(a[0])));
    }
    for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.SET}) {
      t.attribute("__hash__", PyNone.NONE);
    }
    for (PyType t : new PyType[] {Types.INT, Types.FLOAT}) {
      for (Operator.Binary op : Operator.Binary.values()) {
        if (op != Operator.Binary.MATMUL) {
          binary(t, op);
        }
      }
      t.method("__neg__", (a, k) -> Arith.unary(Operator.Unary.NEG, UserInstance.unbox(a[0])));
      t.method("__pos__", (a, k) -> Arith.unary(Operator.Unary.POS, UserInstance.unbox(a[0])));
      t.method("__abs__", (a, k) -> Builtins.abs(UserInstance.unbox(a[0])));
      t.method("__bool__", (a, k) -> Ops.truthy(UserInstance.unbox(a[0])));
      t.method("__float__", (a, k) -> Numbers.toDouble(UserInstance.unbox(a[0])));
    }
    Types.INT.method("__invert__", (a, k) -> Arith.unary(Operator.Unary.INVERT,
        UserInstance.unbox(a[0])));
    Types.FLOAT.method("__int__", (a, k) -> Ops.call(Types.INT, UserInstance.unbox(a[0])));
    binary(Types.STR, Operator.Binary.ADD);
    binary(Types.STR, Operator.Binary.MUL);
    binary(Types.STR, Operator.Binary.MOD);
    for (PyType t : new PyType[] {Types.LIST, Types.TUPLE, Types.BYTES}) {
      binary(t, Operator.Binary.ADD);
      binary(t, Operator.Binary.MUL);
    }
    inPlace(Types.LIST, Operator.Binary.ADD);
    inPlace(Types.LIST, Operator.Binary.MUL);
    for (Operator.Binary op : new Operator.Binary[] {Operator.Binary.BITOR,
        Operator.Binary.BITAND, Operator.Binary.SUB, Operator.Binary.BITXOR}) {
      binary(Types.SET, op);
      binary(Types.FROZENSET, op);
      inPlace(Types.SET, op);
    }
    binary(Types.DICT, Operator.Binary.BITOR);
    inPlace(Types.DICT, Operator.Binary.BITOR);
    for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.TUPLE, Types.LIST, Types.DICT,
        Types.SET, Types.FROZENSET}) {
      t.method("__len__", (a, k) -> Ops.nativeLen(UserInstance.unbox(a[0])));
      t.method("__iter__", (a, k) -> Ops.nativeIter(UserInstance.unbox(a[0])));
      t.method("__contains__", (a, k) -> Ops.nativeContains(UserInstance.unbox(a[0]), a[1]));
    }
    for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.TUPLE, Types.LIST,
        Types.DICT}) {
      t.method("__getitem__", (a, k) -> Containers.nativeGetItem(UserInstance.unbox(a[0]), a[1]));
    }
    for (PyType t : new PyType[] {Types.LIST, Types.DICT}) {
      t.method("__setitem__", (a, k) -> {
        Containers.nativeSetItem(a[0], a[1], a[2]);
        return PyNone.NONE;
      });
      t.method("__delitem__", (a, k) -> {
        Containers.nativeDelItem(a[0], a[1]);
        return PyNone.NONE;
      });
    }
    initializers();
  }

  private static void binary(PyType t, Operator.Binary op) {
    String name = BINARY[op.ordinal()];
    t.method("__" + name + "__", (a, k) -> Arith.nativeBinary(op, false, a[0], a[1]));
    t.method("__r" + name + "__", (a, k) -> Arith.nativeBinary(op, false, a[1], a[0]));
  }

  private static void inPlace(PyType t, Operator.Binary op) {
    String name = BINARY[op.ordinal()];
    t.method("__i" + name + "__", (a, k) -> Arith.nativeBinary(op, true, a[0], a[1]));
  }

  /** {@code dict.__init__}, {@code list.__init__} and {@code set.__init__} fill a new instance. */
  private static void initializers() {
    Types.DICT.method("__init__", (a, k) -> {
      PyDict self = (PyDict) a[0];
      int n = Args.positional(a, k) - 1;
      if (n > 1) {
        throw Errors.typeError("dict expected at most 1 argument, got " + n);
      }
      if (n == 1) {
        Collections.dictUpdate(self, a[1], false, null);
      }
      if (k != null) {
        for (int i = 0; i < k.length; i++) {
          self.put(k[i], a[n + 1 + i]);
        }
      }
      return PyNone.NONE;
    });
    Types.LIST.method("__init__", (a, k) -> {
      Args.exact("list", a, k, 1, 2);
      PyList self = (PyList) a[0];
      self.clear();
      if (a.length == 2) {
        Collections.extend(self, a[1]);
      }
      return PyNone.NONE;
    });
    Types.SET.method("__init__", (a, k) -> {
      Args.exact("set", a, k, 1, 2);
      PySet self = (PySet) a[0];
      self.clear();
      if (a.length == 2) {
        Collections.update(self, a[1]);
      }
      return PyNone.NONE;
    });
  }

  /** How each builtin type makes an instance of a scenario subclass (its __new__). */
  private static void allocators() {
    Types.OBJECT.setAllocator((t, a, k) -> {
      if (t.type() != Types.TYPE) {
        AbstractClasses.checkInstantiable(t);
      }
      if (a.length > 0 && t.layout() != PyType.Layout.EXCEPTION) {
        if (UserInstance.override(t, "__new__") != null) {
          throw Errors.typeError(
              "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (UserInstance.override(t, "__init__") == null) {
          throw Errors.typeError(t.name() + "() takes no arguments");
        }
      }
      return t == Types.OBJECT ? new PyInstance(Types.OBJECT) : new PyInstance(t);
    });
    Types.TYPE.setAllocator(Classes::typeNew);
    Types.DICT.setAllocator((t, a, k) -> t == Types.DICT ? new PyDict() : new PyDictInstance(t));
    Types.LIST.setAllocator((t, a, k) -> t == Types.LIST ? new PyList() : new PyListInstance(t));
    Types.SET.setAllocator((t, a, k) -> t == Types.SET ? new PySet() : new PySetInstance(t, false));
    Types.FROZENSET.setAllocator((t, a, k) -> {
      PySet made = (PySet) Types.FROZENSET.constructor().call(a, k);
      if (t == Types.FROZENSET) {
        return made;
      }
      PySet s = new PySetInstance(t, true);
      s.table().putAll(made.table());
      return s;
    });
    Types.TUPLE.setAllocator((t, a, k) -> {
      PyTuple made = (PyTuple) Types.TUPLE.constructor().call(a, k);
      return t == Types.TUPLE ? made : new PyTupleInstance(t, made.items());
    });
    for (PyType base : new PyType[] {Types.STR, Types.INT, Types.FLOAT, Types.BYTES}) {
      base.setAllocator((t, a, k) -> {
        Object value = base.constructor().call(a, k);
        return t == base ? value : new PyBoxed(t, value);
      });
    }
  }
}
