package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.PyDict;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyType;
import corosim.vm.Runtime;

/**
 * {@code _corosim}: hooks the library modules written in Python use where the VM has no Python
 * spelling yet: {@code exec} of generated source (dataclasses), setting a class's metaclass
 * after the class statement (enum), the run's seed (random, uuid).
 */
final class CorosimModule {
  private CorosimModule() {}

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("_corosim");
    m.function("exec", (a, k) -> {
      Args.exact("exec", a, k, 2, 2);
      if (!(a[0] instanceof String text) || !(a[1] instanceof PyDict globals)) {
        throw Errors.typeError("exec() takes a str and a dict");
      }
      PySource.exec(rt, text, globals);
      return PyNone.NONE;
    });
    m.function("set_metaclass", (a, k) -> {
      Args.exact("set_metaclass", a, k, 2, 2);
      if (!(a[0] instanceof PyType cls) || !(a[1] instanceof PyType meta)) {
        throw Errors.typeError("set_metaclass() takes two classes");
      }
      cls.setMetatype(meta);
      return PyNone.NONE;
    });
    m.function("run_seed", (a, k) -> rt.seed());
    return m;
  }
}
