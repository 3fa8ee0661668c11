package corosim.vm;

import corosim.loop.Step;

/**
 * Installs the methods and attributes of the builtin types, once, when {@link Types} loads:
 * object, type, exceptions, functions, coroutines, generators and descriptors here; numbers,
 * strings and containers in their own classes.
 */
final class BuiltinTypes {
  private BuiltinTypes() {}

  static void install() {
    objectMethods();
    typeMethods();
    exceptionMethods();
    functionMethods();
    generatorMethods();
    descriptorMethods();
    NumberMethods.install();
    StrMethods.install();
    ListMethods.install();
    DictMethods.install();
    BytesMethods.install();
    NativeDunders.install();
    ExceptionGroups.install();
    GenericAlias.install();
    Types.NONE_TYPE.method("__bool__", (a, k) -> false);
    Types.NONE_TYPE.method("__repr__", (a, k) -> "None");
  }

  static void iteratorMethods(PyType t) {
    t.method("__iter__", (a, k) -> a[0]);
    t.method("__next__", (a, k) -> {
      Object v = ((PyIter) a[0]).next();
      if (v == null) {
        throw Errors.create(Types.STOP_ITERATION);
      }
      return v;
    });
  }

  private static void objectMethods() {
    PyType o = Types.OBJECT;
    o.setConstructor((a, k) -> {
      if (a.length > 0) {
        throw Errors.typeError("object() takes no arguments");
      }
      return new PyInstance(Types.OBJECT);
    });
    o.method("__init__", (a, k) -> {
      if (a.length > 1) {
        PyType t = Types.of(a[0]);
        if (t.definingClass("__new__") == null || t.definingClass("__new__").isBuiltin()) {
          throw Errors.typeError("object.__init__() takes exactly one argument (the instance to "
              + "initialize)");
        }
      }
      return PyNone.NONE;
    });
    o.method("__repr__", (a, k) -> {
      PyType t = Types.of(a[0]);
      return "<" + t.module() + "." + t.qualname() + " object at " + Repr.address(a[0]) + ">";
    });
    o.method("__str__", (a, k) -> Repr.repr(a[0]));
    o.method("__format__", (a, k) -> {
      if (!((String) a[1]).isEmpty()) {
        throw Errors.typeError("unsupported format string passed to " + Types.of(a[0]).name()
            + ".__format__");
      }
      return Repr.str(a[0]);
    });
    o.method("__eq__", (a, k) -> a[0] == a[1] ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED);
    o.method("__ne__", (a, k) -> {
      Object r = Ops.compare(corosim.lang.Operator.Compare.EQ, a[0], a[1]);
      return r == PyNone.NOT_IMPLEMENTED ? r : !Ops.truthy(r);
    });
    o.method("__hash__", (a, k) -> (long) System.identityHashCode(a[0]));
    o.method("__setattr__", (a, k) -> {
      Attributes.setGeneric(a[0], (String) a[1], a[2]);
      return PyNone.NONE;
    });
    o.method("__getattribute__", (a, k) -> Attributes.get(a[0], (String) a[1]));
    o.method("__delattr__", (a, k) -> {
      PyDict d = Attributes.instanceDict(a[0]);
      if (d == null || d.remove(a[1]) == null) {
        throw Errors.attributeError(a[0], (String) a[1]);
      }
      return PyNone.NONE;
    });
    o.attribute("__init_subclass__", new Descriptors.ClassMethod(
        new PyBuiltin("__init_subclass__", (a, k) -> {
          if (k != null && k.length > 0) {
            throw Errors.typeError(((PyType) a[0]).name()
                + ".__init_subclass__() takes no keyword arguments");
          }
          return PyNone.NONE;
        })));
    o.method("__dir__", (a, k) -> Builtins.dir(a[0]));
  }

  private static void typeMethods() {
    PyType t = Types.TYPE;
    t.setConstructor((a, k) -> {
      if (a.length == 1 && k == null) {
        return Types.of(a[0]);
      }
      if (Args.positional(a, k) != 3) {
        throw Errors.typeError("type() takes 1 or 3 arguments");
      }
      return Classes.typeNew(Types.TYPE, a, k);
    });
    t.attribute("__name__", Descriptors.getter((a, k) -> ((PyType) a[0]).name()));
    t.attribute("__qualname__", Descriptors.getter((a, k) -> ((PyType) a[0]).qualname()));
    t.attribute("__module__", Descriptors.getter((a, k) -> ((PyType) a[0]).module()));
    t.attribute("__mro__", Descriptors.getter((a, k) -> new PyTuple(((PyType) a[0]).mro().clone())));
    t.attribute("__bases__", Descriptors.getter((a, k) -> new PyTuple(((PyType) a[0]).bases().clone())));
    t.attribute("__base__", Descriptors.getter((a, k) -> {
      PyType b = ((PyType) a[0]).base();
      return b == null ? PyNone.NONE : b;
    }));
    // A copy: CPython's mappingproxy is read-only, and writes must go through setattr so
    // cached look-ups stay right.
    t.attribute("__dict__", Descriptors.getter((a, k) -> ((PyType) a[0]).dict().copy()));
    t.attribute("__doc__", Descriptors.getter((a, k) -> {
      Object d = ((PyType) a[0]).dict().get("__doc__");
      return d == null ? PyNone.NONE : d;
    }));
    t.method("mro", (a, k) -> new PyList(((PyType) a[0]).mro().clone()));
    t.method("__call__", (a, k) -> Classes.construct((PyType) a[0],
        java.util.Arrays.copyOfRange(a, 1, a.length), k));
    t.method("__init__", (a, k) -> PyNone.NONE);
    t.method("__subclasses__", (a, k) -> PyList.of(((PyType) a[0]).subclasses()));
    t.method("__instancecheck__", (a, k) -> Types.of(a[1]).isSubtypeOf((PyType) a[0]));
    t.method("__subclasscheck__", (a, k) -> ((PyType) a[1]).isSubtypeOf((PyType) a[0]));
    t.method("__repr__", (a, k) -> a[0].toString());
  }

  private static void exceptionMethods() {
    PyType b = Types.BASE_EXCEPTION;
    b.method("__init__", (a, k) -> {
      PyException e = (PyException) a[0];
      Object[] rest = new Object[a.length - 1];
      System.arraycopy(a, 1, rest, 0, rest.length);
      e.setArgs(new PyTuple(rest));
      return PyNone.NONE;
    });
    b.method("__str__", (a, k) -> Exceptions.str((PyException) a[0]));
    b.method("__repr__", (a, k) -> Exceptions.repr((PyException) a[0]));
    b.method("with_traceback", (a, k) -> a[0]);
    b.method("add_note", (a, k) -> {
      PyException e = (PyException) a[0];
      Object notes = e.dict().get("__notes__");
      if (notes == null) {
        notes = new PyList();
        e.dict().put("__notes__", notes);
      }
      ((PyList) notes).append(a[1]);
      return PyNone.NONE;
    });
    b.attribute("args", Descriptors.getSet(
        (a, k) -> ((PyException) a[0]).args(),
        (a, k) -> {
          ((PyException) a[0]).setArgs(new PyTuple(Ops.toArray(a[1])));
          return PyNone.NONE;
        }));
    b.attribute("__cause__", Descriptors.getSet(
        (a, k) -> orNone(((PyException) a[0]).cause()),
        (a, k) -> {
          ((PyException) a[0]).setCause(a[1] == PyNone.NONE ? null : (PyException) a[1]);
          return PyNone.NONE;
        }));
    b.attribute("__context__", Descriptors.getSet(
        (a, k) -> orNone(((PyException) a[0]).context()),
        (a, k) -> {
          ((PyException) a[0]).setContext(a[1] == PyNone.NONE ? null : (PyException) a[1]);
          return PyNone.NONE;
        }));
    b.attribute("__suppress_context__", Descriptors.getSet(
        (a, k) -> ((PyException) a[0]).suppressContext(),
        (a, k) -> {
          ((PyException) a[0]).setSuppressContext(Ops.truthy(a[1]));
          return PyNone.NONE;
        }));
    b.attribute("__traceback__", Descriptors.getter((a, k) -> PyNone.NONE));
    Types.STOP_ITERATION.attribute("value", Descriptors.getter((a, k) -> ((PyException) a[0]).firstArg()));
    Types.SYSTEM_EXIT.attribute("code", Descriptors.getter((a, k) -> ((PyException) a[0]).firstArg()));
    Types.KEY_ERROR.method("__str__", (a, k) -> Exceptions.str((PyException) a[0]));
  }

  private static Object orNone(Object o) {
    return o == null ? PyNone.NONE : o;
  }

  private static void functionMethods() {
    PyType f = Types.FUNCTION;
    f.attribute("__name__", Descriptors.getSet(
        (a, k) -> ((PyFunction) a[0]).name,
        (a, k) -> {
          ((PyFunction) a[0]).name = (String) a[1];
          return PyNone.NONE;
        }));
    f.attribute("__qualname__", Descriptors.getSet(
        (a, k) -> ((PyFunction) a[0]).qualname,
        (a, k) -> {
          ((PyFunction) a[0]).qualname = (String) a[1];
          return PyNone.NONE;
        }));
    // __module__ and __doc__ are writable (functools.wraps copies them onto the wrapper).
    f.attribute("__module__", Descriptors.getSet(
        (a, k) -> {
          PyFunction fn = (PyFunction) a[0];
          Object m = fn.hasDict() ? fn.dict().get("__module__") : null;
          return m != null ? m : fn.moduleName();
        },
        (a, k) -> {
          ((PyFunction) a[0]).dict().put("__module__", a[1]);
          return PyNone.NONE;
        }));
    f.attribute("__doc__", Descriptors.getSet(
        (a, k) -> {
          PyFunction fn = (PyFunction) a[0];
          Object d = fn.hasDict() ? fn.dict().get("__doc__") : null;
          return d != null ? d : fn.code.doc != null ? fn.code.doc : PyNone.NONE;
        },
        (a, k) -> {
          ((PyFunction) a[0]).dict().put("__doc__", a[1]);
          return PyNone.NONE;
        }));
    f.attribute("__defaults__", Descriptors.getter((a, k) -> {
      Object[] d = ((PyFunction) a[0]).defaults;
      return d == null ? PyNone.NONE : new PyTuple(d);
    }));
    f.attribute("__kwdefaults__", Descriptors.getter((a, k) -> orNone(((PyFunction) a[0]).kwDefaults)));
    f.attribute("__dict__", Descriptors.getter((a, k) -> ((PyFunction) a[0]).dict()));
    f.attribute("__globals__", Descriptors.getter((a, k) -> ((PyFunction) a[0]).globals));
    f.method("__get__", (a, k) -> a[1] == PyNone.NONE ? a[0] : new PyMethod(a[0], a[1]));
    PyType m = Types.METHOD;
    m.attribute("__self__", Descriptors.getter((a, k) -> ((PyMethod) a[0]).self()));
    m.attribute("__func__", Descriptors.getter((a, k) -> ((PyMethod) a[0]).function()));
    m.attribute("__name__", Descriptors.getter((a, k) -> Attributes.get(((PyMethod) a[0]).function(), "__name__")));
    m.attribute("__qualname__", Descriptors.getter((a, k) -> Attributes.get(((PyMethod) a[0]).function(), "__qualname__")));
    Types.BUILTIN_FUNCTION.attribute("__name__", Descriptors.getter((a, k) ->
        a[0] instanceof PyBuiltin bf ? bf.name() : Attributes.get(((PyMethod) a[0]).function(), "__name__")));
    Types.BUILTIN_FUNCTION.attribute("__qualname__", Descriptors.getter((a, k) ->
        a[0] instanceof PyBuiltin bf ? bf.name() : Attributes.get(((PyMethod) a[0]).function(), "__name__")));
    Types.METHOD_DESCRIPTOR.attribute("__name__", Descriptors.getter((a, k) -> ((PyBuiltin) a[0]).name()));
  }

  private static void generatorMethods() {
    PyType c = Types.COROUTINE;
    c.method("send", (a, k) -> stepValue(((corosim.loop.Coroutine) a[0]).send(
        a[1] == PyNone.NONE ? null : a[1])));
    c.method("throw", (a, k) -> stepValue(((corosim.loop.Coroutine) a[0]).throwInto(
        Exceptions.instantiate(a[1]))));
    c.method("close", (a, k) -> {
      if (a[0] instanceof PyCoroutine pc) {
        pc.close();
      }
      return PyNone.NONE;
    });
    c.method("__await__", (a, k) -> {
      if (a[0] instanceof PyCoroutine pc) {
        pc.checkAwaitable();
      }
      return new CoroutineWrapper((corosim.loop.Coroutine) a[0]);
    });
    CoroutineWrapper.install();
    c.attribute("__name__", Descriptors.getter((a, k) -> ((corosim.loop.Coroutine) a[0]).name()));
    c.attribute("__qualname__", Descriptors.getter((a, k) ->
        a[0] instanceof PyCoroutine pc ? pc.qualname() : ((corosim.loop.Coroutine) a[0]).name()));
    c.attribute("cr_running", Descriptors.getter((a, k) -> false));
    c.attribute("cr_frame", Descriptors.getter((a, k) -> PyNone.NONE));
    PyType g = Types.GENERATOR;
    iteratorMethods(g);
    g.method("__next__", (a, k) -> ((PyGenerator) a[0]).pySend(PyNone.NONE));
    g.method("send", (a, k) -> ((PyGenerator) a[0]).pySend(a[1]));
    g.method("throw", (a, k) -> ((PyGenerator) a[0]).pyThrow(Exceptions.instantiate(a[1])));
    g.method("close", (a, k) -> {
      ((PyGenerator) a[0]).close();
      return PyNone.NONE;
    });
    g.attribute("__name__", Descriptors.getter((a, k) -> ((PyGenerator) a[0]).name()));
    g.attribute("__qualname__", Descriptors.getter((a, k) -> ((PyGenerator) a[0]).qualname()));
    g.attribute("gi_running", Descriptors.getter((a, k) -> ((PyGenerator) a[0]).running()));
    g.attribute("gi_frame", Descriptors.getter((a, k) -> PyNone.NONE));
    PyType ag = Types.ASYNC_GENERATOR;
    ag.method("__aiter__", (a, k) -> a[0]);
    ag.method("__anext__", (a, k) -> ((PyAsyncGenerator) a[0]).asend(PyNone.NONE));
    ag.method("asend", (a, k) -> ((PyAsyncGenerator) a[0]).asend(a[1]));
    ag.method("athrow", (a, k) -> ((PyAsyncGenerator) a[0]).athrow(Exceptions.instantiate(a[1])));
    ag.method("aclose", (a, k) -> ((PyAsyncGenerator) a[0]).aclose());
  }

  /** Python-level coro.send/throw: the yielded value, or StopIteration with the result. */
  static Object stepValue(Step s) {
    if (s instanceof Step.Yielded y) {
      return y.value() == null ? PyNone.NONE : y.value();
    }
    if (s instanceof Step.Returned r) {
      throw Errors.stopIteration(r.value() == null ? PyNone.NONE : r.value());
    }
    throw (PyException) ((Step.Raised) s).exception();
  }

  private static void descriptorMethods() {
    PyType p = Types.PROPERTY;
    p.setConstructor((a, k) -> new Descriptors.Property(
        Args.arg(a, k, 0, "fget", PyNone.NONE), Args.arg(a, k, 1, "fset", PyNone.NONE),
        Args.arg(a, k, 2, "fdel", PyNone.NONE), Args.arg(a, k, 3, "doc", PyNone.NONE)));
    p.method("getter", (a, k) -> {
      Descriptors.Property q = (Descriptors.Property) a[0];
      return new Descriptors.Property(a[1], q.fset, q.fdel, q.doc);
    });
    p.method("setter", (a, k) -> {
      Descriptors.Property q = (Descriptors.Property) a[0];
      return new Descriptors.Property(q.fget, a[1], q.fdel, q.doc);
    });
    p.method("deleter", (a, k) -> {
      Descriptors.Property q = (Descriptors.Property) a[0];
      return new Descriptors.Property(q.fget, q.fset, a[1], q.doc);
    });
    p.method("__get__", (a, k) -> a[1] == PyNone.NONE ? a[0] : ((Descriptors.Property) a[0]).get(a[1]));
    p.attribute("fget", Descriptors.getter((a, k) -> orNone(((Descriptors.Property) a[0]).fget)));
    p.attribute("__isabstractmethod__", Descriptors.getter((a, k) -> AbstractClasses.isAbstract(a[0])));
    Types.STATICMETHOD.setConstructor((a, k) -> new Descriptors.StaticMethod(a[0]));
    Types.STATICMETHOD.attribute("__func__", Descriptors.getter((a, k) -> ((Descriptors.StaticMethod) a[0]).function));
    Types.CLASSMETHOD.setConstructor((a, k) -> new Descriptors.ClassMethod(a[0]));
    Types.CLASSMETHOD.attribute("__func__", Descriptors.getter((a, k) -> ((Descriptors.ClassMethod) a[0]).function));
    Types.SUPER.setConstructor((a, k) -> {
      if (a.length != 2 || !(a[0] instanceof PyType t)) {
        throw Errors.runtimeError("super(): no arguments");
      }
      return new Descriptors.Super(t, a[1]);
    });
  }
}
