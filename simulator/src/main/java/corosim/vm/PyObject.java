package corosim.vm;

/**
 * A Python value implemented by a VM class. Python ints, floats, strs and bools are plain Java
 * {@code Long}/{@code BigInteger}, {@code Double}, {@code String} and {@code Boolean}; objects of
 * other layers (futures, tasks) get their type from {@link Types#foreign}.
 */
public interface PyObject {
  PyType type();
}
