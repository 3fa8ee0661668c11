package corosim.vm;

/**
 * The {@code abc} module: {@code ABCMeta}, {@code ABC} and {@code abstractmethod}. A class
 * made by ABCMeta records its abstract methods in {@code __abstractmethods__} (as
 * _abc._abc_init computes them) and cannot be instantiated while any remain.
 */
final class AbcModule {
  private AbcModule() {}

  static final PyType ABC_META = PyType.builtin("ABCMeta", PyType.Layout.NATIVE, Types.TYPE);

  static {
    ABC_META.setModule("abc");
    ABC_META.setConstructor((a, k) -> Classes.typeNew(ABC_META, a, k));
    ABC_META.method("register", (a, k) -> a[1]);
  }

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("abc");
    m.define("ABCMeta", ABC_META);
    PyDict ns = new PyDict();
    ns.put("__module__", "abc");
    ns.put("__doc__", "Helper class that provides a standard way to create an ABC using\n"
        + "inheritance.\n    ");
    m.define("ABC", Classes.typeNew(ABC_META, new Object[] {"ABC", PyTuple.EMPTY, ns}, null));
    m.function("abstractmethod", (a, k) -> {
      Args.exact("abstractmethod", a, k, 1, 1);
      Attributes.set(a[0], "__isabstractmethod__", Boolean.TRUE);
      return a[0];
    });
    return m;
  }

  /** _abc._abc_init: the abstract names a new class still has. */
  static void computeAbstractMethods(PyType cls, PyDict ns, PyType[] bases) {
    PySet abstracts = new PySet(true);
    for (int i = 0; i < ns.capacityUsed(); i++) {
      Object k = ns.keyAt(i);
      if (k != null && isAbstract(ns.valueAt(i))) {
        abstracts.add(k);
      }
    }
    for (PyType base : bases) {
      Object inherited = base.lookup("__abstractmethods__");
      if (inherited instanceof PySet s) {
        for (Object name : Ops.toArray(s)) {
          Object value = cls.lookup((String) name);
          if (value != null && isAbstract(value)) {
            abstracts.add(name);
          }
        }
      }
    }
    cls.dict().put("__abstractmethods__", abstracts);
    cls.changed();
  }

  static boolean isAbstract(Object value) {
    if (value instanceof Descriptors.Property p) {
      return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
    }
    if (value instanceof Descriptors.StaticMethod s) {
      return isAbstract(s.function);
    }
    if (value instanceof Descriptors.ClassMethod c) {
      return isAbstract(c.function);
    }
    if (value instanceof PyFunction f) {
      return f.hasDict() && Ops.truthy(f.dict().get("__isabstractmethod__") == null
          ? Boolean.FALSE : f.dict().get("__isabstractmethod__"));
    }
    return false;
  }

  /** object.__new__'s check: "Can't instantiate abstract class X with abstract methods ...". */
  static void checkInstantiable(PyType t) {
    if (!(t.lookup("__abstractmethods__") instanceof PySet s) || s.size() == 0) {
      return;
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Object o : Ops.toArray(s)) {
      names.add((String) o);
    }
    java.util.Collections.sort(names);
    throw Errors.typeError("Can't instantiate abstract class " + t.name() + " with abstract method"
        + (names.size() == 1 ? " " : "s ") + String.join(", ", names));
  }
}
