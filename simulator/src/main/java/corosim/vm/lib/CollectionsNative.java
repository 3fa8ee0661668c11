package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Descriptors;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyBuiltin;
import corosim.vm.PyCallable;
import corosim.vm.PyDict;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.IdentityHashMap;

/**
 * {@code _collections}: the two container types CPython writes in C, {@code deque} and
 * {@code defaultdict}; the module {@code collections} (Python) re-exports them.
 */
final class CollectionsNative {
  private CollectionsNative() {}

  static final PyType DEQUE = PyType.userClass("deque", "deque", "collections",
      new PyType[] {Types.OBJECT}, new PyDict());
  static final PyType DEQUE_ITERATOR = LibIter.type("_deque_iterator", "collections");
  static final PyType DEQUE_REVERSE_ITERATOR =
      LibIter.type("_deque_reverse_iterator", "collections");
  static final PyType DEFAULTDICT = PyType.userClass("defaultdict", "defaultdict",
      "collections", new PyType[] {Types.DICT}, new PyDict());

  /** A dict whose class is a scenario's or library's subclass of dict. */
  static class TypedDict extends PyDict {
    private final PyType type;

    TypedDict(PyType type) {
      this.type = type;
    }

    @Override
    public PyType type() {
      return type;
    }
  }

  /** A tuple whose class is a subclass of tuple (a named tuple class). */
  static final class TypedTuple extends PyTuple {
    private final PyType type;

    TypedTuple(PyType type, Object[] items) {
      super(items);
      this.type = type;
    }

    @Override
    public PyType type() {
      return type;
    }
  }

  /** A {@code defaultdict}: a dict with the factory {@code __missing__} calls. */
  static final class DefaultDict extends TypedDict {
    Object factory = PyNone.NONE;

    DefaultDict(PyType type) {
      super(type);
    }
  }

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("_collections");
    m.define("deque", DEQUE);
    m.define("defaultdict", DEFAULTDICT);
    return m;
  }

  static void staticNew(PyType t, PyCallable body) {
    t.attribute("__new__", new Descriptors.StaticMethod(new PyBuiltin("__new__", body)));
  }

  static Deque deque(Object o) {
    if (!(o instanceof Deque d)) {
      throw Errors.typeError("descriptor requires a 'collections.deque' object but received a '"
          + Types.of(o).name() + "'");
    }
    return d;
  }

  static {
    DequeMethods.install();
    installDefaultDict();
  }

  private static void installDefaultDict() {
    PyType t = DEFAULTDICT;
    staticNew(t, (a, k) -> new DefaultDict((PyType) a[0]));
    t.method("__init__", (a, k) -> {
      DefaultDict d = (DefaultDict) a[0];
      int n = Args.positional(a, k);
      Object factory = n > 1 ? a[1] : PyNone.NONE;
      if (factory != PyNone.NONE && !isCallable(factory)) {
        throw Errors.typeError("first argument must be callable or None");
      }
      d.factory = factory;
      Object[] rest = new Object[a.length - Math.min(n, 2)];
      System.arraycopy(a, Math.min(n, 2), rest, 0, rest.length);
      Object update = Types.DICT.lookup("update");
      Object[] withSelf = new Object[rest.length + 1];
      withSelf[0] = d;
      System.arraycopy(rest, 0, withSelf, 1, rest.length);
      Ops.call(update, withSelf, k);
      return PyNone.NONE;
    });
    t.method("__missing__", (a, k) -> {
      DefaultDict d = (DefaultDict) a[0];
      if (d.factory == PyNone.NONE) {
        throw Errors.keyError(a[1]);
      }
      Object v = Ops.call(d.factory);
      Ops.setItem(d, a[1], v);
      return v;
    });
    t.method("__repr__", (a, k) -> {
      DefaultDict d = (DefaultDict) a[0];
      String factory = d.factory == PyNone.NONE ? "None" : reprGuarded(d.factory, "...");
      return Types.of(d).name() + "(" + factory + ", " + Repr.repr(d.copy()) + ")";
    });
    t.method("copy", (a, k) -> copyDefault((DefaultDict) a[0]));
    t.method("__copy__", (a, k) -> copyDefault((DefaultDict) a[0]));
    t.attribute("default_factory", Descriptors.getSet(
        (a, k) -> ((DefaultDict) a[0]).factory,
        (a, k) -> {
          ((DefaultDict) a[0]).factory = a[1];
          return PyNone.NONE;
        }));
    t.method("__or__", (a, k) -> {
      if (!(a[1] instanceof PyDict other)) {
        return PyNone.NOT_IMPLEMENTED;
      }
      DefaultDict out = copyDefault((DefaultDict) a[0]);
      out.putAll(other);
      return out;
    });
  }

  private static DefaultDict copyDefault(DefaultDict d) {
    DefaultDict out = new DefaultDict(Types.of(d));
    out.factory = d.factory;
    out.putAll(d);
    return out;
  }

  static boolean isCallable(Object o) {
    return o instanceof PyCallable || o instanceof PyType
        || (!Types.of(o).isBuiltin() && Types.of(o).lookup("__call__") != null)
        || Types.of(o).lookup("__call__") != null;
  }

  private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPRS =
      ThreadLocal.withInitial(IdentityHashMap::new);

  /** repr(o), or {@code recursive} when o's repr is already being computed (a cycle). */
  static String reprGuarded(Object o, String recursive) {
    IdentityHashMap<Object, Boolean> active = REPRS.get();
    if (active.containsKey(o)) {
      return recursive;
    }
    active.put(o, Boolean.TRUE);
    try {
      return Repr.repr(o);
    } finally {
      active.remove(o);
    }
  }
}
