package corosim.vm;

/** The descriptor objects: property (also the getters of builtin attributes), staticmethod, classmethod, super. */
public final class Descriptors {
  private Descriptors() {}

  /**
   * {@code property(fget, fset, fdel, doc)}; builtin computed attributes ({@code e.args},
   * {@code f.__name__}) are properties whose getter is a Java callable.
   */
  public static final class Property implements PyObject {
    final Object fget;
    final Object fset;
    final Object fdel;
    final Object doc;

    public Property(Object fget, Object fset, Object fdel, Object doc) {
      this.fget = fget;
      this.fset = fset;
      this.fdel = fdel;
      this.doc = doc;
    }

    @Override
    public PyType type() {
      return Types.PROPERTY;
    }

    Object get(Object obj) {
      if (fget == PyNone.NONE || fget == null) {
        throw Errors.create(Types.ATTRIBUTE_ERROR, "unreadable attribute");
      }
      return Ops.call(fget, obj);
    }

    void set(Object obj, Object value, String name) {
      if (fset == PyNone.NONE || fset == null) {
        throw Errors.create(Types.ATTRIBUTE_ERROR, "property '" + name + "' of '"
            + Types.of(obj).name() + "' object has no setter");
      }
      Ops.call(fset, obj, value);
    }

    void delete(Object obj, String name) {
      if (fdel == PyNone.NONE || fdel == null) {
        throw Errors.create(Types.ATTRIBUTE_ERROR, "property '" + name + "' of '"
            + Types.of(obj).name() + "' object has no deleter");
      }
      Ops.call(fdel, obj);
    }
  }

  /** A read-only builtin attribute computed by Java. */
  public static Property getter(PyCallable get) {
    return new Property(new PyBuiltin("getter", get), null, null, PyNone.NONE);
  }

  /** A builtin attribute with a Java getter and setter. */
  public static Property getSet(PyCallable get, PyCallable set) {
    return new Property(new PyBuiltin("getter", get), new PyBuiltin("setter", set), null,
        PyNone.NONE);
  }

  public static final class StaticMethod implements PyObject {
    final Object function;

    public StaticMethod(Object function) {
      this.function = function;
    }

    @Override
    public PyType type() {
      return Types.STATICMETHOD;
    }
  }

  public static final class ClassMethod implements PyObject {
    final Object function;

    public ClassMethod(Object function) {
      this.function = function;
    }

    @Override
    public PyType type() {
      return Types.CLASSMETHOD;
    }
  }

  /** {@code super(type, obj)}: attribute look-up starting after {@code type} in obj's MRO. */
  public static final class Super implements PyObject {
    final PyType start;
    final Object self;
    final PyType selfType;

    public Super(PyType start, Object self) {
      this.start = start;
      this.self = self;
      // CPython's supercheck: a class that is a subclass of start (super() in a classmethod)
      // searches its own MRO; anything else, an instance of start, searches its type's.
      if (self instanceof PyType t && t.isSubtypeOf(start)) {
        this.selfType = t;
      } else if (Types.of(self).isSubtypeOf(start)) {
        this.selfType = Types.of(self);
      } else {
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
      }
    }

    @Override
    public PyType type() {
      return Types.SUPER;
    }

    Object get(String name) {
      PyType[] mro = selfType.mro();
      int i = 0;
      while (i < mro.length && mro[i] != start) {
        i++;
      }
      for (i++; i < mro.length; i++) {
        Object v = mro[i].dict().get(name);
        if (v != null) {
          if (self == selfType) {
            // Looked up on the class itself: functions stay unbound, as C.f does.
            if (v instanceof StaticMethod s) {
              return s.function;
            }
            if (v instanceof ClassMethod c) {
              return new PyMethod(c.function, selfType);
            }
            if (v instanceof UserInstance && Types.of(v).lookup("__get__") != null) {
              return Ops.callDunder(v, "__get__", PyNone.NONE, selfType);
            }
            return v;
          }
          return Attributes.bind(v, self, selfType);
        }
      }
      throw Errors.create(Types.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name + "'");
    }
  }
}
