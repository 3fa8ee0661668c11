package corosim.vm;

/**
 * An instance of a class a scenario defines: a plain {@link PyInstance}, or an instance of a
 * class deriving from a builtin type ({@link PyDictInstance}, {@link PyListInstance},
 * {@link PyTupleInstance}, {@link PySetInstance}, {@link PyBoxed}). Its {@link #type()} is the
 * scenario's class; {@link #attributes()} holds its instance attributes.
 *
 * <p>The protocols ({@link Ops}, {@link Arith}, {@link Repr}, {@link Format}) check for this
 * interface before taking a builtin fast path: a method the scenario's class defines wins,
 * otherwise the builtin behaviour applies to the instance's builtin part ({@link #unbox}).
 */
public interface UserInstance extends PyObject {
  /** The instance's attribute dict ({@code obj.__dict__}). */
  PyDict attributes();

  /**
   * The value the builtin base's methods work on: the wrapped str/int/float for a
   * {@link PyBoxed}; the object itself for containers (they are their builtin's Java class).
   */
  static Object unbox(Object o) {
    return o instanceof PyBoxed b ? b.value() : o;
  }

  /**
   * The method {@code name} defined by a scenario class in {@code t}'s MRO before any builtin
   * class, or null when the builtin behaviour applies (CPython's slot inherited from the base).
   */
  static Object override(PyType t, String name) {
    for (PyType c : t.mro()) {
      if (c.isBuiltin()) {
        return null;
      }
      Object v = c.dict().get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
