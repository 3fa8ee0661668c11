package corosim.vm;

import java.util.Arrays;

/**
 * Creating classes ({@code class} statements, {@code type(name, bases, ns)}, metaclasses) and
 * calling them (instance creation), following CPython's {@code __build_class__},
 * {@code type.__new__} and {@code type.__call__}.
 *
 * <p>Instances of classes deriving from a builtin type are made by that type's
 * {@link PyType.Allocator} (the nearest builtin base with one, CPython's "solid base"): a class
 * deriving from dict gets a {@link PyDictInstance}, from str a {@link PyBoxed}, and so on.
 */
final class Classes {
  private Classes() {}

  // ---- calling a class

  /** {@code t(*args)}: a metaclass's {@code __call__} if it defines one, else type.__call__. */
  static Object instantiate(PyType t, Object[] args, String[] kwNames) {
    PyType meta = t.type();
    if (meta != Types.TYPE) {
      Object call = UserInstance.override(meta, "__call__");
      if (call != null) {
        return Ops.call(call, prepend(t, args), kwNames);
      }
    }
    return construct(t, args, kwNames);
  }

  /** {@code type.__call__(t, *args)}: {@code __new__}, then {@code __init__} if an instance of t. */
  static Object construct(PyType t, Object[] args, String[] kwNames) {
    if (t == Types.TYPE && args.length == 1 && kwNames == null) {
      return Types.of(args[0]);
    }
    if (t.isBuiltin()) {
      PyCallable ctor = t.constructor();
      if (ctor != null) {
        return ctor.call(args, kwNames);
      }
      if (t.layout() == PyType.Layout.EXCEPTION) {
        if (kwNames != null && kwNames.length > 0) {
          throw Errors.typeError(t.name() + "() takes no keyword arguments");
        }
        return newException(t, args);
      }
      throw Errors.typeError("cannot create '" + t.name() + "' instances");
    }
    Object obj;
    Object userNew = UserInstance.override(t, "__new__");
    if (userNew != null) {
      Object fn = userNew instanceof Descriptors.StaticMethod s ? s.function : userNew;
      obj = Ops.call(fn, prepend(t, args), kwNames);
      if (!Types.of(obj).isSubtypeOf(t)) {
        return obj;
      }
    } else {
      obj = allocate(t, args, kwNames);
    }
    Object init = t.lookup("__init__");
    PyType initOwner = t.definingClass("__init__");
    if (initOwner != null && !initOwner.isBuiltin()) {
      Object r = Ops.call(init, prepend(obj, args), kwNames);
      if (r != PyNone.NONE) {
        throw Errors.typeError("__init__() should return None, not '" + Types.of(r).name() + "'");
      }
    } else if (initOwner != null && initOwner != Types.OBJECT
        && initOwner != Types.BASE_EXCEPTION) {
      Ops.call(init, prepend(obj, args), kwNames); // dict.__init__, list.__init__, ...
    } else if ((args.length > 0 || (kwNames != null && kwNames.length > 0))
        && userNew == null && t.solidBase() == Types.OBJECT
        && t.layout() != PyType.Layout.EXCEPTION) {
      throw Errors.typeError(t.name() + "() takes no arguments");
    }
    return obj;
  }

  /** {@code base.__new__(t, *args)} for the solid base of {@code t}. */
  static Object allocate(PyType t, Object[] args, String[] kwNames) {
    if (t.layout() == PyType.Layout.EXCEPTION) {
      return newException(t, args);
    }
    PyType base = t.solidBase();
    if (base == Types.OBJECT) {
      for (PyType b : t.mro()) {
        if (b.isBuiltin() && b != Types.OBJECT && b.layout() == PyType.Layout.NATIVE) {
          throw Errors.typeError("corosim cannot subclass the builtin type '" + b.name()
              + "' yet");
        }
      }
    }
    return base.allocator().allocate(t, args, kwNames);
  }

  static Object allocate(PyType t, Object[] args) {
    return allocate(t, args, null);
  }

  private static PyException newException(PyType t, Object[] args) {
    if (t.isSubtypeOf(Types.BASE_EXCEPTION_GROUP)) {
      return ExceptionGroups.create(t, args);
    }
    if (t.isSubtypeOf(Types.OS_ERROR)) {
      return OsErrors.create(t, args);
    }
    return new PyException(t, new PyTuple(args.clone()));
  }

  static Object[] prepend(Object first, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = first;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  // ---- the class statement

  /** {@code __build_class__(body, name, *bases, **kwds)}. */
  static Object build(Runtime rt, Object[] args, String[] kwNames) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = args.length - nkw;
    if (npos < 2) {
      throw Errors.typeError("__build_class__: not enough arguments");
    }
    PyFunction body = (PyFunction) args[0];
    String name = (String) args[1];
    Object[] bases = Arrays.copyOfRange(args, 2, npos);
    Object meta = null;
    int nkwds = 0;
    Object[] kwValues = new Object[nkw];
    String[] kwds = new String[nkw];
    for (int i = 0; i < nkw; i++) {
      if (kwNames[i].equals("metaclass")) {
        meta = args[npos + i];
      } else {
        kwds[nkwds] = kwNames[i];
        kwValues[nkwds++] = args[npos + i];
      }
    }
    kwds = Arrays.copyOf(kwds, nkwds);
    kwValues = Arrays.copyOf(kwValues, nkwds);
    if (meta == null) {
      meta = bases.length == 0 ? Types.TYPE : Types.of(bases[0]);
    }
    if (meta instanceof PyType mt) {
      meta = winner(mt, bases);
    }
    PyDict ns = new PyDict();
    Object prepare = meta instanceof PyType mt ? UserInstance.override(mt.type(), "__prepare__")
        : null;
    if (prepare == null && meta instanceof PyType mt) {
      Object p = mt.lookup("__prepare__");
      prepare = p != null && !(p instanceof PyBuiltin) ? p : null;
    }
    if (prepare != null) {
      Object made = Ops.call(Attributes.bind(prepare, meta, Types.of(meta)),
          concat(new Object[] {name, new PyTuple(bases)}, kwValues), nullIfEmpty(kwds));
      if (!(made instanceof PyDict d)) {
        throw Errors.typeError(Types.of(meta).name() + ".__prepare__() must return a mapping, not "
            + Types.of(made).name());
      }
      ns = d;
    }
    Object cell = rt.interpreter().runClassBody(body, ns);
    Object cls = Ops.call(meta, concat(new Object[] {name, new PyTuple(bases), ns}, kwValues),
        nullIfEmpty(kwds));
    if (cell instanceof PyCell c) {
      c.value = cls;
    }
    return cls;
  }

  /** CPython's _PyType_CalculateMetaclass: the most derived metaclass of meta and the bases'. */
  private static PyType winner(PyType meta, Object[] bases) {
    PyType w = meta;
    for (Object b : bases) {
      PyType t = Types.of(b);
      if (w.isSubtypeOf(t)) {
        continue;
      }
      if (t.isSubtypeOf(w)) {
        w = t;
        continue;
      }
      throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a "
          + "(non-strict) subclass of the metaclasses of all its bases");
    }
    return w;
  }

  /**
   * {@code type.__new__(meta, name, bases, ns, **kwds)}: makes the class, then calls
   * {@code __set_name__} on its attributes and the parent's {@code __init_subclass__}.
   */
  static PyType typeNew(PyType meta, Object[] args, String[] kwNames) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = args.length - nkw;
    if (npos != 3) {
      throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
    }
    if (!(args[0] instanceof String name)) {
      throw Errors.typeError("type.__new__() argument 1 must be str, not "
          + Types.of(args[0]).name());
    }
    if (!(args[1] instanceof PyTuple basesTuple)) {
      throw Errors.typeError("type.__new__() argument 2 must be tuple, not "
          + Types.of(args[1]).name());
    }
    if (!(args[2] instanceof PyDict source)) {
      throw Errors.typeError("type.__new__() argument 3 must be dict, not "
          + Types.of(args[2]).name());
    }
    Object[] items = basesTuple.items();
    PyType[] bases = new PyType[Math.max(items.length, 1)];
    bases[0] = Types.OBJECT;
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyType b)) {
        throw Errors.typeError("bases must be types");
      }
      if (b == Types.BOOL) {
        throw Errors.typeError("type 'bool' is not an acceptable base type");
      }
      bases[i] = b;
    }
    checkLayout(bases);
    PyDict ns = source.copy();
    String qualname = ns.get("__qualname__") instanceof String q ? q : name;
    ns.remove("__qualname__");
    ns.remove("__classcell__");
    String module = ns.get("__module__") instanceof String m ? m : "__main__";
    if (ns.get("__new__") instanceof PyFunction f) {
      ns.put("__new__", new Descriptors.StaticMethod(f));
    }
    for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
      if (ns.get(cm) instanceof PyFunction f) {
        ns.put(cm, new Descriptors.ClassMethod(f));
      }
    }
    if (ns.get("__eq__") != null && ns.get("__hash__") == null) {
      ns.put("__hash__", PyNone.NONE);
    }
    PyType t = PyType.userClass(name, qualname, module, bases, ns);
    if (meta != Types.TYPE) {
      t.setMetatype(meta);
    }
    for (int i = 0; i < ns.capacityUsed(); i++) {
      Object k = ns.keyAt(i);
      Object v = ns.valueAt(i);
      if (k != null && v instanceof UserInstance) {
        Object setName = Types.of(v).lookup("__set_name__");
        if (setName != null) {
          Ops.callDescriptor(setName, v, t, k);
        }
      }
    }
    initSubclass(t, Arrays.copyOfRange(args, 3, args.length), kwNames);
    return t;
  }

  /** {@code super(t, t).__init_subclass__(**kwds)}. */
  private static void initSubclass(PyType t, Object[] kwValues, String[] kwNames) {
    PyType[] mro = t.mro();
    for (int i = 1; i < mro.length; i++) {
      Object m = mro[i].dict().get("__init_subclass__");
      if (m == null) {
        continue;
      }
      if (m instanceof Descriptors.ClassMethod cm && !(cm.function instanceof PyBuiltin)) {
        Ops.call(cm.function, prepend(t, kwValues), kwNames);
      } else if (kwNames != null && kwNames.length > 0) {
        throw Errors.typeError(t.name() + ".__init_subclass__() takes no keyword arguments");
      }
      return;
    }
  }

  /** Two bases whose instances need different Java layouts cannot be combined. */
  private static void checkLayout(PyType[] bases) {
    PyType solid = null;
    boolean exception = false;
    for (PyType b : bases) {
      PyType s = b.solidBase();
      exception |= b.layout() == PyType.Layout.EXCEPTION;
      if (s == Types.OBJECT) {
        continue;
      }
      if (solid != null && !s.isSubtypeOf(solid) && !solid.isSubtypeOf(s)) {
        throw Errors.typeError("multiple bases have instance lay-out conflict");
      }
      if (solid == null || s.isSubtypeOf(solid)) {
        solid = s;
      }
    }
    if (exception && solid != null && !solid.isSubtypeOf(Types.BASE_EXCEPTION)) {
      throw Errors.typeError("multiple bases have instance lay-out conflict");
    }
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String[] nullIfEmpty(String[] names) {
    return names.length == 0 ? null : names;
  }
}
