package corosim.vm;

/**
 * The run-time side of {@code match} statements: which subjects sequence and mapping patterns
 * accept, and the look-ups of mapping and class patterns, as CPython 3.11's ceval does them
 * ({@code MATCH_SEQUENCE}, {@code MATCH_MAPPING}, {@code match_keys}, {@code match_class}).
 */
final class Matching {
  private Matching() {}

  /**
   * Sequence patterns match list, tuple, range and their subclasses, and classes deriving from
   * collections.abc.Sequence or collections.deque; never str, bytes or bytearray.
   */
  static boolean isSequence(Object subject) {
    if (subject instanceof PyList || subject instanceof PyTuple || subject instanceof PyRange) {
      return true;
    }
    return inheritsFrom(Types.of(subject), "Sequence", "MutableSequence", "deque");
  }

  /** Mapping patterns match dict, its subclasses and collections.abc.Mapping classes. */
  static boolean isMapping(Object subject) {
    return subject instanceof PyDict
        || inheritsFrom(Types.of(subject), "Mapping", "MutableMapping");
  }

  private static boolean inheritsFrom(PyType t, String... names) {
    for (PyType c : t.mro()) {
      String module = c.module();
      if (module.equals("collections.abc") || module.equals("typing")
          || module.equals("collections")) {
        for (String n : names) {
          if (c.name().equals(n)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** MATCH_KEYS: the values of {@code keys} via {@code subject.get(key, dummy)}, or None. */
  static Object keys(Object subject, PyTuple keys) {
    int n = keys.size();
    if (n == 0) {
      return PyTuple.EMPTY;
    }
    Object get = Attributes.get(subject, "get");
    PySet seen = new PySet();
    Object dummy = new PyInstance(Types.OBJECT);
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      Object key = keys.get(i);
      if (seen.contains(key)) {
        throw Errors.valueError("mapping pattern checks duplicate key (" + Repr.repr(key) + ")");
      }
      seen.add(key);
      Object v = Ops.call(get, key, dummy);
      if (v == dummy) {
        return PyNone.NONE;
      }
      values[i] = v;
    }
    return new PyTuple(values);
  }

  /** COPY_DICT_WITHOUT_KEYS: {@code **rest} of a mapping pattern. */
  static Object without(Object subject, PyTuple keys) {
    PyDict rest = new PyDict();
    Collections.dictUpdate(rest, subject, false, null);
    for (Object k : keys.items()) {
      rest.remove(k);
    }
    return rest;
  }

  /** The builtin classes whose single positional sub-pattern matches the subject itself. */
  private static boolean matchesSelf(PyType t) {
    for (PyType c : t.mro()) {
      if (c == Types.BOOL || c == Types.BYTES || c == Types.DICT || c == Types.FLOAT
          || c == Types.FROZENSET || c == Types.INT || c == Types.LIST || c == Types.SET
          || c == Types.STR || c == Types.TUPLE) {
        return true;
      }
    }
    return false;
  }

  /** MATCH_CLASS: isinstance, then the attributes the sub-patterns match, or None. */
  static Object attributes(Object subject, Object cls, int nargs, PyTuple kwAttrs) {
    if (!(cls instanceof PyType type)) {
      throw Errors.typeError("called match pattern must be a type");
    }
    if (!Builtins.isInstance(subject, type)) {
      return PyNone.NONE;
    }
    PySet seen = new PySet();
    Object[] out = new Object[nargs + kwAttrs.size()];
    int k = 0;
    if (nargs > 0) {
      Object matchArgs;
      boolean matchSelf = false;
      try {
        matchArgs = Attributes.get(type, "__match_args__");
        if (!(matchArgs instanceof PyTuple) || matchArgs instanceof UserInstance) {
          throw Errors.typeError(type.name() + ".__match_args__ must be a tuple (got "
              + Types.of(matchArgs).name() + ")");
        }
      } catch (PyException e) {
        if (!e.isInstance(Types.ATTRIBUTE_ERROR)) {
          throw e;
        }
        matchArgs = PyTuple.EMPTY;
        matchSelf = matchesSelf(type);
      }
      PyTuple names = (PyTuple) matchArgs;
      int allowed = matchSelf ? 1 : names.size();
      if (allowed < nargs) {
        throw Errors.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern"
            + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
      }
      if (matchSelf) {
        out[k++] = subject;
      } else {
        for (int i = 0; i < nargs; i++) {
          if (!(names.get(i) instanceof String name)) {
            throw Errors.typeError("__match_args__ elements must be strings (got "
                + Types.of(names.get(i)).name() + ")");
          }
          Object v = attribute(subject, type, name, seen);
          if (v == null) {
            return PyNone.NONE;
          }
          out[k++] = v;
        }
      }
    }
    for (Object n : kwAttrs.items()) {
      Object v = attribute(subject, type, (String) n, seen);
      if (v == null) {
        return PyNone.NONE;
      }
      out[k++] = v;
    }
    return new PyTuple(out);
  }

  private static Object attribute(Object subject, PyType type, String name, PySet seen) {
    if (seen.contains(name)) {
      throw Errors.typeError(type.name() + "() got multiple sub-patterns for attribute '"
          + name + "'");
    }
    seen.add(name);
    try {
      return Attributes.get(subject, name);
    } catch (PyException e) {
      if (e.isInstance(Types.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }
}
