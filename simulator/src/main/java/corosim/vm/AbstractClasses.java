package corosim.vm;

/**
 * The native half of abstract classes: {@code object.__new__} refuses a class whose
 * {@code __abstractmethods__} is non-empty, as CPython's object_new does. The {@code abc}
 * module itself (ABCMeta computing that set, ABC, abstractmethod, register) is Python, in
 * {@code corosim/lib/abc.py}.
 */
final class AbstractClasses {
  private AbstractClasses() {}

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
