package corosim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects type annotations build at run time: {@code list[int]} (types.GenericAlias) and
 * {@code int | None} (types.UnionType), with CPython's reprs, {@code __origin__}/
 * {@code __args__}, calling an alias, and isinstance with a union.
 */
public final class GenericAlias implements PyObject, PyCallable {
  static final PyType TYPE = PyType.builtin("GenericAlias", PyType.Layout.NATIVE);
  static final PyType UNION = PyType.builtin("UnionType", PyType.Layout.NATIVE);

  private final Object origin;
  private final PyTuple args;
  private final boolean union;

  private GenericAlias(Object origin, PyTuple args, boolean union) {
    this.origin = origin;
    this.args = args;
    this.union = union;
  }

  /** {@code origin[item]}: a tuple item gives several arguments. */
  static GenericAlias of(Object origin, Object item) {
    return new GenericAlias(origin, item instanceof PyTuple t && !(t instanceof UserInstance)
        ? t : PyTuple.of(item), false);
  }

  /** Whether {@code a | b} makes a union (types, None, aliases and unions). */
  static boolean unionOperand(Object o) {
    return o instanceof PyType || o == PyNone.NONE || o instanceof GenericAlias;
  }

  /** {@code a | b}: flattened, duplicates removed, None as NoneType; one type stays itself. */
  static Object union(Object a, Object b) {
    List<Object> items = new ArrayList<>();
    for (Object o : new Object[] {a, b}) {
      if (o instanceof GenericAlias g && g.union) {
        for (Object x : g.args.items()) {
          addUnique(items, x);
        }
      } else {
        addUnique(items, o == PyNone.NONE ? Types.NONE_TYPE : o);
      }
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return new GenericAlias(null, new PyTuple(items.toArray()), true);
  }

  private static void addUnique(List<Object> items, Object o) {
    for (Object x : items) {
      if (Ops.eq(x, o)) {
        return;
      }
    }
    items.add(o);
  }

  boolean sameAs(GenericAlias o) {
    return union == o.union && (origin == o.origin || origin != null && o.origin != null
        && Ops.eq(origin, o.origin)) && Ops.eq(args, o.args);
  }

  boolean isUnion() {
    return union;
  }

  PyTuple args() {
    return args;
  }

  @Override
  public PyType type() {
    return union ? UNION : TYPE;
  }

  @Override
  public Object call(Object[] callArgs, String[] kwNames) {
    if (union) {
      throw Errors.typeError("'types.UnionType' object is not callable");
    }
    return Ops.call(origin, callArgs, kwNames);
  }

  /** _Py_typing_type_repr: a type by its (module-qualified) name. */
  private static String argRepr(Object o) {
    if (o == PyNone.ELLIPSIS) {
      return "...";
    }
    if (o == Types.NONE_TYPE) {
      return "None";
    }
    if (o instanceof PyType t) {
      return t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
    }
    return Repr.repr(o);
  }

  String repr() {
    StringBuilder sb = new StringBuilder();
    if (union) {
      for (int i = 0; i < args.size(); i++) {
        sb.append(i == 0 ? "" : " | ").append(argRepr(args.get(i)));
      }
      return sb.toString();
    }
    sb.append(argRepr(origin)).append('[');
    if (args.size() == 0) {
      sb.append("()");
    }
    for (int i = 0; i < args.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(argRepr(args.get(i)));
    }
    return sb.append(']').toString();
  }

  static void install() {
    TYPE.setModule("types");
    UNION.setModule("types");
    for (PyType t : new PyType[] {TYPE, UNION}) {
      t.attribute("__args__", Descriptors.getter((a, k) -> ((GenericAlias) a[0]).args));
      t.attribute("__parameters__", Descriptors.getter((a, k) -> PyTuple.EMPTY));
      t.method("__repr__", (a, k) -> ((GenericAlias) a[0]).repr());
      t.method("__eq__", (a, k) -> a[1] instanceof GenericAlias g
          ? (Object) ((GenericAlias) a[0]).sameAs(g) : PyNone.NOT_IMPLEMENTED);
    }
    TYPE.attribute("__origin__", Descriptors.getter((a, k) -> ((GenericAlias) a[0]).origin));
  }
}
