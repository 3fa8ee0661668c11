package corosim.vm.lib;

import corosim.compile.CodeObject;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Exceptions;
import corosim.vm.PyException;
import corosim.vm.PyFunction;
import corosim.vm.PyDict;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyType;
import corosim.vm.Ops;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;

/**
 * {@code _corosim}: hooks the library modules written in Python use where the VM has no Python
 * spelling yet: {@code exec} of generated source (dataclasses), setting a class's metaclass
 * after the class statement (enum), the run's seed (random, uuid), and instances of library
 * classes deriving from dict or tuple (Counter, OrderedDict, named tuples), which the VM does
 * not yet create for classes written in Python.
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
    m.function("format_exception", (a, k) -> {
      Args.exact("format_exception", a, k, 1, 1);
      if (!(a[0] instanceof PyException e)) {
        throw Errors.typeError("format_exception() takes an exception");
      }
      return Exceptions.format(e, rt.sources());
    });
    m.function("function_kind", (a, k) -> {
      Args.exact("function_kind", a, k, 1, 1);
      if (!(a[0] instanceof PyFunction f)) {
        return "builtin";
      }
      CodeObject code = f.code();
      return code.is(CodeObject.COROUTINE) ? "coroutine"
          : code.is(CodeObject.ASYNC_GENERATOR) ? "async_generator"
          : code.is(CodeObject.GENERATOR) ? "generator" : "function";
    });
    m.function("dict_new", (a, k) -> {
      Args.exact("dict_new", a, k, 1, 1);
      PyType cls = subclassOf(a[0], Types.DICT);
      return new CollectionsNative.TypedDict(cls);
    });
    m.function("tuple_new", (a, k) -> {
      Args.exact("tuple_new", a, k, 2, 2);
      PyType cls = subclassOf(a[0], Types.TUPLE);
      return new CollectionsNative.TypedTuple(cls, Ops.toArray(a[1]));
    });
    return m;
  }

  private static PyType subclassOf(Object cls, PyType base) {
    if (!(cls instanceof PyType t) || !t.isSubtypeOf(base)) {
      throw Errors.typeError(Repr.repr(cls) + " is not a subtype of " + base.name());
    }
    return t;
  }
}
