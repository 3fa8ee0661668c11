package corosim.vm;

/** Bulk updates of builtin containers from arbitrary iterables. */
final class Collections {
  private Collections() {}

  static void extend(PyList list, Object iterable) {
    if (iterable instanceof PyList l) {
      Object[] items = l.toArray();
      for (Object o : items) {
        list.append(o);
      }
      return;
    }
    if (iterable instanceof PyTuple t) {
      for (Object o : t.items()) {
        list.append(o);
      }
      return;
    }
    Object it = Ops.iter(iterable);
    for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
      list.append(v);
    }
  }

  static void update(PySet set, Object iterable) {
    Object it = Ops.iter(iterable);
    for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
      set.add(v);
    }
  }

  /**
   * {@code dict.update(m)}: a mapping's items, or an iterable of pairs. With {@code rejectDup}
   * (a call's {@code **kwargs}), a repeated key is a TypeError naming {@code function}.
   */
  static void dictUpdate(PyDict d, Object m, boolean rejectDup, Object function) {
    if (m instanceof PyDict src) {
      for (int i = 0; i < src.capacityUsed(); i++) {
        Object k = src.keyAt(i);
        if (k != null) {
          if (rejectDup && d.containsKey(k)) {
            throw Errors.typeError(Repr.functionName(function)
                + " got multiple values for keyword argument '" + Repr.str(k) + "'");
          }
          d.put(k, src.valueAt(i));
        }
      }
      return;
    }
    Object keys = Types.of(m).lookup("keys");
    if (keys != null && !(m instanceof PyList) && !(m instanceof PyTuple)) {
      Object ks = Ops.callDescriptor(keys, m);
      Object it = Ops.iter(ks);
      for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
        if (rejectDup && d.containsKey(k)) {
          throw Errors.typeError(Repr.functionName(function)
              + " got multiple values for keyword argument '" + Repr.str(k) + "'");
        }
        d.put(k, Ops.getItem(m, k));
      }
      return;
    }
    if (rejectDup) {
      throw Errors.typeError(Repr.functionName(function)
          + " argument after ** must be a mapping, not " + Types.of(m).name());
    }
    Object it = Ops.iter(m);
    int n = 0;
    for (Object pair = Ops.next(it); pair != null; pair = Ops.next(it), n++) {
      Object[] kv;
      try {
        kv = Ops.toArray(pair);
      } catch (PyException e) {
        throw Errors.typeError("cannot convert dictionary update sequence element #" + n
            + " to a sequence");
      }
      if (kv.length != 2) {
        throw Errors.valueError("dictionary update sequence element #" + n + " has length "
            + kv.length + "; 2 is required");
      }
      d.put(kv[0], kv[1]);
    }
  }
}
