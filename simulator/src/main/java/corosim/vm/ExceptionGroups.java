package corosim.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654) as CPython 3.11's
 * exceptions.c implements them: construction checks, {@code split}/{@code subgroup}/
 * {@code derive}, and the two operations {@code except*} needs ({@link #match} for
 * CHECK_EG_MATCH, {@link #prepareReraise} for PREP_RERAISE_STAR).
 */
final class ExceptionGroups {
  private ExceptionGroups() {}

  static void install() {
    PyType b = Types.BASE_EXCEPTION_GROUP;
    b.attribute("message", Descriptors.getter((a, k) -> ((PyExceptionGroup) a[0]).message()));
    b.attribute("exceptions", Descriptors.getter((a, k) -> ((PyExceptionGroup) a[0]).exceptions()));
    b.method("__str__", (a, k) -> Exceptions.str((PyExceptionGroup) a[0]));
    b.method("derive", (a, k) -> create(Types.BASE_EXCEPTION_GROUP,
        new Object[] {((PyExceptionGroup) a[0]).message(), a[1]}));
    b.method("split", (a, k) -> {
      Object[] r = split((PyExceptionGroup) a[0], matcher(a[1]), true);
      return PyTuple.of(orNone(r[0]), orNone(r[1]));
    });
    b.method("subgroup", (a, k) -> orNone(split((PyExceptionGroup) a[0], matcher(a[1]), false)[0]));
    b.method("__init__", (a, k) -> PyNone.NONE);
  }

  private static Object orNone(Object o) {
    return o == null ? PyNone.NONE : o;
  }

  /** {@code BaseExceptionGroup.__new__(t, message, exceptions)}. */
  static PyException create(PyType t, Object[] args) {
    if (args.length != 2) {
      throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments ("
          + args.length + " given)");
    }
    if (!(args[0] instanceof String message)) {
      throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
          + Types.of(args[0]).name());
    }
    Object seq = args[1];
    if (!(seq instanceof PyList || seq instanceof PyTuple)) {
      throw Errors.typeError("second argument (exceptions) must be a sequence");
    }
    Object[] items = Ops.toArray(seq);
    if (items.length == 0) {
      throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
    }
    boolean allExceptions = true;
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyException e)) {
        throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an "
            + "exception");
      }
      allExceptions &= e.isInstance(Types.EXCEPTION);
    }
    PyType type = t;
    if (t == Types.BASE_EXCEPTION_GROUP) {
      if (allExceptions) {
        type = Types.EXCEPTION_GROUP;
      }
    } else if (t == Types.EXCEPTION_GROUP) {
      if (!allExceptions) {
        throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
      }
    } else if (!allExceptions && t.isSubtypeOf(Types.EXCEPTION)) {
      throw Errors.typeError("Cannot nest BaseExceptions in '" + t.name() + "'");
    }
    return new PyExceptionGroup(type, new PyTuple(args.clone()), message, new PyTuple(items));
  }

  /** What split() and except* match leaves with: a predicate over one exception. */
  interface Matcher {
    boolean matches(PyException e);
  }

  private static Matcher matcher(Object value) {
    if (value instanceof PyType || value instanceof PyTuple) {
      checkTypes(value, "expected a function, exception type or tuple of exception types");
      return e -> Exceptions.matches(e, value);
    }
    if (Ops.isCallable(value)) {
      return e -> Ops.truthy(Ops.call(value, e));
    }
    throw Errors.typeError("expected a function, exception type or tuple of exception types");
  }

  private static void checkTypes(Object value, String message) {
    Object[] types = value instanceof PyTuple t ? t.items() : new Object[] {value};
    for (Object o : types) {
      if (!(o instanceof PyType t) || !t.isSubtypeOf(Types.BASE_EXCEPTION)) {
        throw Errors.typeError(message);
      }
    }
  }

  /**
   * exceptiongroup_split_recursive: {@code [match, rest]}, each an exception or null.
   */
  static Object[] split(PyException exc, Matcher m, boolean constructRest) {
    if (m.matches(exc)) {
      return new Object[] {exc, null};
    }
    if (!(exc instanceof PyExceptionGroup eg)) {
      return new Object[] {null, constructRest ? exc : null};
    }
    List<Object> matches = new ArrayList<>();
    List<Object> rest = new ArrayList<>();
    for (Object o : eg.exceptions().items()) {
      Object[] r = split((PyException) o, m, constructRest);
      if (r[0] != null) {
        matches.add(r[0]);
      }
      if (r[1] != null) {
        rest.add(r[1]);
      }
    }
    return new Object[] {subset(eg, matches), constructRest ? subset(eg, rest) : null};
  }

  /** exceptiongroup_subset: {@code orig.derive(excs)} with orig's traceback, cause, notes. */
  private static PyException subset(PyExceptionGroup orig, List<Object> excs) {
    if (excs.isEmpty()) {
      return null;
    }
    Object made = Ops.call(Attributes.get(orig, "derive"), new PyList(excs.toArray()));
    if (!(made instanceof PyExceptionGroup eg)) {
      throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
    }
    eg.traceback().addAll(orig.traceback());
    eg.setRaised(orig.raisedAt(), orig.raisedIn());
    eg.setContext(orig.context());
    eg.setCause(orig.cause()); // PyException_SetCause: also suppresses the context
    if (orig.hasDict() && orig.dict().get("__notes__") != null) {
      eg.dict().put("__notes__", new PyList(Ops.toArray(orig.dict().get("__notes__"))));
    }
    return eg;
  }

  /**
   * CHECK_EG_MATCH: {@code [rest, match]} when {@code exc} matches {@code type} fully or in
   * part (a naked exception is wrapped in an ExceptionGroup), or {@code [exc, null]}.
   */
  static Object[] match(Object excValue, Object type) {
    checkTypes(type, "catching classes that do not inherit from BaseException is not allowed");
    Object[] types = type instanceof PyTuple t ? t.items() : new Object[] {type};
    for (Object o : types) {
      if (((PyType) o).isSubtypeOf(Types.BASE_EXCEPTION_GROUP)) {
        throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use "
            + "except instead.");
      }
    }
    if (excValue == PyNone.NONE) {
      return new Object[] {PyNone.NONE, null};
    }
    PyException exc = (PyException) excValue;
    if (Exceptions.matches(exc, type)) {
      if (exc instanceof PyExceptionGroup) {
        return new Object[] {PyNone.NONE, exc};
      }
      PyException wrapped = create(Types.BASE_EXCEPTION_GROUP,
          new Object[] {"", PyTuple.of(exc)});
      wrapped.traceback().addAll(exc.traceback());
      wrapped.setRaised(exc.raisedAt(), exc.raisedIn());
      return new Object[] {PyNone.NONE, wrapped};
    }
    if (exc instanceof PyExceptionGroup eg) {
      Object[] r = split(eg, e -> Exceptions.matches(e, type), true);
      if (r[0] == null) {
        return new Object[] {exc, null};
      }
      return new Object[] {orNone(r[1]), r[0]};
    }
    return new Object[] {exc, null};
  }

  /**
   * PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what a try/except* statement raises after its
   * handlers ran: the re-raised parts of {@code orig} in their original nesting, plus any
   * exceptions the handlers raised, in one group; None when nothing is left.
   */
  static Object prepareReraise(Object orig, PyList raisedOrReraised) {
    List<PyException> excs = new ArrayList<>();
    for (int i = 0; i < raisedOrReraised.size(); i++) {
      if (raisedOrReraised.get(i) instanceof PyException e) {
        excs.add(e);
      }
    }
    if (raisedOrReraised.size() == 0) {
      return PyNone.NONE;
    }
    if (!(orig instanceof PyExceptionGroup origGroup)) {
      // A naked exception was wrapped: at most one handler ran.
      Object first = raisedOrReraised.get(0);
      return first;
    }
    IdentityHashMap<PyException, Boolean> origLeaves = new IdentityHashMap<>();
    leaves(origGroup, origLeaves);
    List<PyException> raised = new ArrayList<>();
    IdentityHashMap<PyException, Boolean> keep = new IdentityHashMap<>();
    for (PyException e : excs) {
      IdentityHashMap<PyException, Boolean> l = new IdentityHashMap<>();
      leaves(e, l);
      boolean reraise = !l.isEmpty() && origLeaves.keySet().containsAll(l.keySet());
      if (reraise) {
        keep.putAll(l);
      } else {
        raised.add(e);
      }
    }
    PyException reraised = keep.isEmpty() ? null
        : (PyException) split(origGroup, keep::containsKey, false)[0];
    if (raised.isEmpty()) {
      return orNone(reraised);
    }
    if (reraised != null) {
      raised.add(reraised);
    }
    if (raised.size() > 1) {
      return create(Types.BASE_EXCEPTION_GROUP, new Object[] {"", new PyList(raised.toArray())});
    }
    return raised.get(0);
  }

  private static void leaves(PyException e, IdentityHashMap<PyException, Boolean> out) {
    if (e instanceof PyExceptionGroup eg) {
      for (Object o : eg.exceptions().items()) {
        leaves((PyException) o, out);
      }
    } else {
      out.put(e, Boolean.TRUE);
    }
  }
}
