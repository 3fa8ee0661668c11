package corosim.vm;

/** Creating classes ({@code class} statements) and calling them (instance creation). */
final class Classes {
  private Classes() {}

  /** Calling a class: builtin constructors, or {@code __new__} then {@code __init__}. */
  static Object instantiate(PyType t, Object[] args, String[] kwNames) {
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
    Object userNew = t.lookup("__new__");
    PyType newOwner = t.definingClass("__new__");
    if (userNew != null && newOwner != null && !newOwner.isBuiltin()) {
      Object fn = userNew instanceof Descriptors.StaticMethod s ? s.function : userNew;
      Object[] all = new Object[args.length + 1];
      all[0] = t;
      System.arraycopy(args, 0, all, 1, args.length);
      obj = Ops.call(fn, all, kwNames);
      if (!Types.of(obj).isSubtypeOf(t)) {
        return obj;
      }
    } else {
      obj = allocate(t, args);
    }
    Object init = t.lookup("__init__");
    PyType initOwner = t.definingClass("__init__");
    if (init != null && initOwner != null && !initOwner.isBuiltin()) {
      Object[] all = new Object[args.length + 1];
      all[0] = obj;
      System.arraycopy(args, 0, all, 1, args.length);
      Object r = Ops.call(init, all, kwNames);
      if (r != PyNone.NONE) {
        throw Errors.typeError("__init__() should return None, not '" + Types.of(r).name() + "'");
      }
    } else if ((args.length > 0 || (kwNames != null && kwNames.length > 0))
        && t.layout() == PyType.Layout.INSTANCE && (newOwner == null || newOwner.isBuiltin())) {
      throw Errors.typeError(t.name() + "() takes no arguments");
    }
    return obj;
  }

  /** {@code object.__new__(t)} / {@code BaseException.__new__(t, *args)}. */
  static Object allocate(PyType t, Object[] args) {
    if (t.layout() == PyType.Layout.EXCEPTION) {
      return newException(t, args);
    }
    for (PyType b : t.mro()) {
      if (b.isBuiltin() && b != Types.OBJECT && b.layout() == PyType.Layout.NATIVE) {
        throw Errors.typeError("corosim cannot subclass the builtin type '" + b.name()
            + "' yet");
      }
    }
    return new PyInstance(t);
  }

  private static PyException newException(PyType t, Object[] args) {
    return new PyException(t, new PyTuple(args.clone()));
  }

  /** {@code __build_class__(body, name, *bases, **kwds)}. */
  static Object build(Runtime rt, Object[] args, String[] kwNames) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = args.length - nkw;
    if (npos < 2) {
      throw Errors.typeError("__build_class__: not enough arguments");
    }
    PyFunction body = (PyFunction) args[0];
    String name = (String) args[1];
    PyType[] bases = new PyType[npos - 2];
    for (int i = 2; i < npos; i++) {
      if (!(args[i] instanceof PyType b)) {
        throw Errors.typeError("bases must be types");
      }
      if (b == Types.BOOL) {
        throw Errors.typeError("type 'bool' is not an acceptable base type");
      }
      bases[i - 2] = b;
    }
    if (bases.length == 0) {
      bases = new PyType[] {Types.OBJECT};
    }
    PyDict ns = new PyDict();
    Object cell = rt.interpreter().runClassBody(body, ns);
    String qualname = ns.get("__qualname__") instanceof String q ? q : name;
    ns.remove("__qualname__");
    String module = ns.get("__module__") instanceof String m ? m : "__main__";
    Object newFn = ns.get("__new__");
    if (newFn instanceof PyFunction) {
      ns.put("__new__", new Descriptors.StaticMethod(newFn));
    }
    for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
      Object f = ns.get(cm);
      if (f instanceof PyFunction) {
        ns.put(cm, new Descriptors.ClassMethod(f));
      }
    }
    if (ns.get("__eq__") != null && ns.get("__hash__") == null) {
      ns.put("__hash__", PyNone.NONE);
    }
    ns.remove("__classcell__");
    PyType t = PyType.userClass(name, qualname, module, bases, ns);
    for (int i = 0; i < nkw; i++) {
      if (kwNames[i].equals("metaclass")) {
        Object meta = args[npos + i];
        if (meta instanceof PyType mt && mt != Types.TYPE && !mt.isBuiltin()) {
          t.setMetatype(mt);
        }
      }
    }
    if (cell instanceof PyCell c) {
      c.value = t;
    }
    // __set_name__ on descriptors, then __init_subclass__ of the parent.
    for (int i = 0; i < ns.capacityUsed(); i++) {
      Object k = ns.keyAt(i);
      Object v = ns.valueAt(i);
      if (k != null && v instanceof PyInstance && Types.of(v).lookup("__set_name__") != null) {
        Ops.callDunder(v, "__set_name__", t, k);
      }
    }
    PyType parent = bases[0];
    Object initSub = parent.lookup("__init_subclass__");
    if (initSub instanceof Descriptors.ClassMethod cm) {
      Ops.call(cm.function, new Object[] {t}, null);
    }
    return t;
  }
}
