package corosim.vm;

/** {@code from module import name} and {@code from module import *}. */
final class Imports {
  private Imports() {}

  static Object importFrom(Object module, String name) {
    try {
      return Attributes.get(module, name);
    } catch (PyException e) {
      if (!e.isInstance(Types.ATTRIBUTE_ERROR)) {
        throw e;
      }
      String mod = module instanceof PyModule m ? m.name() : "?";
      PyException ie = Errors.create(Types.IMPORT_ERROR,
          "cannot import name '" + name + "' from '" + mod + "' (unknown location)");
      ie.dict().put("name", mod);
      throw ie;
    }
  }

  static void importStar(Object module, PyDict into) {
    PyModule m = (PyModule) module;
    Object all = m.dict().get("__all__");
    if (all != null) {
      for (Object n : Ops.toArray(all)) {
        into.put(n, Attributes.get(m, (String) n));
      }
      return;
    }
    PyDict d = m.dict();
    for (int i = 0; i < d.capacityUsed(); i++) {
      Object k = d.keyAt(i);
      if (k instanceof String s && !s.startsWith("_")) {
        into.put(k, d.valueAt(i));
      }
    }
  }
}
