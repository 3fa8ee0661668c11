package corosim.vm;

/**
 * Attribute access ({@code obj.name}, assignment, deletion) with CPython's descriptor rules:
 * data descriptors on the type first, then the instance dict, then other class attributes
 * (functions bind to the instance), then {@code __getattr__}.
 */
public final class Attributes {
  private Attributes() {}

  public static Object get(Object obj, String name) {
    if (obj instanceof PyModule m) {
      Object v = m.dict().get(name);
      if (v != null) {
        return v;
      }
      if (name.equals("__dict__")) {
        return m.dict();
      }
      Object getattr = m.dict().get("__getattr__");
      if (getattr != null) {
        return Ops.call(getattr, name);
      }
      throw Errors.attributeError(obj, name);
    }
    if (obj instanceof PyType t) {
      return typeAttribute(t, name);
    }
    if (obj instanceof Descriptors.Super s) {
      return s.get(name);
    }
    PyType type = Types.of(obj);
    Object descr = type.lookup(name);
    if (descr instanceof Descriptors.Property p) {
      return p.get(obj);
    }
    if (descr != null && isUserDataDescriptor(descr)) {
      return Ops.callDunder(descr, "__get__", obj, type);
    }
    PyDict dict = instanceDict(obj);
    if (dict != null) {
      Object v = dict.get(name);
      if (v != null) {
        return v;
      }
    }
    if (descr != null) {
      return bind(descr, obj, type);
    }
    if (name.equals("__class__")) {
      return type;
    }
    if (name.equals("__dict__") && dict != null) {
      return dict;
    }
    Object getattr = type.lookup("__getattr__");
    if (getattr != null && !type.isBuiltin()) {
      return Ops.callDescriptor(getattr, obj, name);
    }
    throw Errors.attributeError(obj, name);
  }

  /** The unbound method for LOAD_METHOD, or null when plain attribute access must be used. */
  static Object method(Object obj, String name) {
    if (obj instanceof PyModule || obj instanceof PyType || obj instanceof Descriptors.Super) {
      return null;
    }
    PyType type = Types.of(obj);
    Object descr = type.lookup(name);
    if (!(descr instanceof PyFunction) && !(descr instanceof PyBuiltin b && b.owner() != null)) {
      return null;
    }
    PyDict dict = instanceDict(obj);
    if (dict != null && dict.get(name) != null) {
      return null;
    }
    return descr;
  }

  /** Binds a class attribute found for an instance (CPython's {@code __get__}). */
  static Object bind(Object descr, Object obj, PyType type) {
    if (descr instanceof PyFunction) {
      return new PyMethod(descr, obj);
    }
    if (descr instanceof PyBuiltin b && b.owner() != null) {
      return new PyMethod(descr, obj);
    }
    if (descr instanceof Descriptors.StaticMethod s) {
      return s.function;
    }
    if (descr instanceof Descriptors.ClassMethod c) {
      return new PyMethod(c.function, obj instanceof PyType t ? t : type);
    }
    if (descr instanceof Descriptors.Property p) {
      return p.get(obj);
    }
    if (descr instanceof UserInstance && Types.of(descr).lookup("__get__") != null) {
      return Ops.callDunder(descr, "__get__", obj, type);
    }
    return descr;
  }

  private static boolean isUserDataDescriptor(Object descr) {
    if (!(descr instanceof UserInstance)) {
      return false;
    }
    PyType t = Types.of(descr);
    return t.lookup("__get__") != null && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
  }

  private static Object typeAttribute(PyType t, String name) {
    PyType meta = t.type();
    Object metaDescr = meta.lookup(name);
    if (metaDescr instanceof Descriptors.Property p) {
      return p.get(t);
    }
    Object v = t.lookup(name);
    if (v != null) {
      if (v instanceof Descriptors.StaticMethod s) {
        return s.function;
      }
      if (v instanceof Descriptors.ClassMethod c) {
        return new PyMethod(c.function, t);
      }
      if (v instanceof UserInstance && Types.of(v).lookup("__get__") != null) {
        return Ops.callDunder(v, "__get__", PyNone.NONE, t);
      }
      return v;
    }
    if (metaDescr != null) {
      return bind(metaDescr, t, meta);
    }
    if (name.equals("__class__")) {
      return meta;
    }
    throw Errors.attributeError(t, name);
  }

  /** The instance dict of objects that have one, else null. */
  static PyDict instanceDict(Object obj) {
    if (obj instanceof UserInstance i) {
      return i.attributes();
    }
    if (obj instanceof PyException e) {
      return e.hasDict() ? e.dict() : null;
    }
    if (obj instanceof PyFunction f) {
      return f.hasDict() ? f.dict() : null;
    }
    return null;
  }

  public static void set(Object obj, String name, Object value) {
    if (obj instanceof PyType t) {
      if (t.isBuiltin()) {
        throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '"
            + t.name() + "'");
      }
      Object metaDescr = t.type().lookup(name);
      if (metaDescr instanceof Descriptors.Property p) {
        p.set(t, value, name);
        return;
      }
      t.dict().put(name, value);
      t.changed();
      return;
    }
    if (obj instanceof PyModule m) {
      m.dict().put(name, value);
      return;
    }
    PyType type = Types.of(obj);
    Object descr = type.lookup(name);
    if (descr instanceof Descriptors.Property p) {
      p.set(obj, value, name);
      return;
    }
    if (descr instanceof UserInstance && Types.of(descr).lookup("__set__") != null) {
      Ops.callDunder(descr, "__set__", obj, value);
      return;
    }
    Object setattr = type.lookup("__setattr__");
    if (setattr instanceof PyFunction) {
      Ops.callDescriptor(setattr, obj, name, value);
      return;
    }
    PyDict dict = obj instanceof PyException e ? e.dict() : obj instanceof PyFunction f ? f.dict()
        : instanceDict(obj);
    if (dict == null) {
      if (type.lookup(name) != null) {
        throw Errors.create(Types.ATTRIBUTE_ERROR, "'" + type.name() + "' object attribute '"
            + name + "' is read-only");
      }
      throw Errors.attributeError(obj, name);
    }
    dict.put(name, value);
  }

  /** {@code object.__setattr__(obj, name, value)}: skips a class's own __setattr__. */
  static void setGeneric(Object obj, String name, Object value) {
    PyDict dict = instanceDict(obj);
    if (dict == null && obj instanceof PyException e) {
      dict = e.dict();
    }
    if (dict == null) {
      throw Errors.attributeError(obj, name);
    }
    dict.put(name, value);
  }

  public static void delete(Object obj, String name) {
    if (obj instanceof PyType t && !t.isBuiltin()) {
      if (t.dict().remove(name) == null) {
        throw Errors.attributeError(t, name);
      }
      t.changed();
      return;
    }
    if (obj instanceof PyModule m) {
      if (m.dict().remove(name) == null) {
        throw Errors.attributeError(obj, name);
      }
      return;
    }
    Object descr = Types.of(obj).lookup(name);
    if (descr instanceof Descriptors.Property p) {
      p.delete(obj, name);
      return;
    }
    if (descr instanceof UserInstance && Types.of(descr).lookup("__delete__") != null) {
      Ops.callDunder(descr, "__delete__", obj);
      return;
    }
    Object delattr = Types.of(obj).lookup("__delattr__");
    if (delattr instanceof PyFunction) {
      Ops.callDescriptor(delattr, obj, name);
      return;
    }
    PyDict dict = instanceDict(obj);
    if (dict == null || dict.remove(name) == null) {
      throw Errors.attributeError(obj, name);
    }
  }

  /** {@code hasattr(obj, name)}. */
  static boolean has(Object obj, String name) {
    try {
      get(obj, name);
      return true;
    } catch (PyException e) {
      if (e.isInstance(Types.ATTRIBUTE_ERROR)) {
        return false;
      }
      throw e;
    }
  }
}
