package corosim.vm.lib;

import corosim.vm.Errors;
import corosim.vm.PyIter;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Types;

/**
 * Base of the iterators the library's Java modules return (itertools, collections.deque's):
 * {@code iter(it)} is {@code it}, {@link #next()} returns Java null when exhausted, and
 * {@code next(it)} raises StopIteration then.
 */
abstract class LibIter implements PyObject, PyIter {
  private final PyType type;

  LibIter(PyType type) {
    this.type = type;
  }

  @Override
  public PyType type() {
    return type;
  }

  /** An iterator type of {@code module}, with {@code __iter__} and {@code __next__}. */
  static PyType type(String name, String module) {
    PyType t = PyType.builtin(name, PyType.Layout.NATIVE);
    t.setModule(module);
    t.method("__iter__", (a, k) -> a[0]);
    t.method("__next__", (a, k) -> {
      Object v = ((PyIter) a[0]).next();
      if (v == null) {
        throw Errors.create(Types.STOP_ITERATION);
      }
      return v;
    });
    return t;
  }

  /** An iterator whose items a Java function computes (null ends it). */
  static LibIter of(PyType type, PyIter source) {
    return new LibIter(type) {
      @Override
      public Object next() {
        return source.next();
      }
    };
  }
}
