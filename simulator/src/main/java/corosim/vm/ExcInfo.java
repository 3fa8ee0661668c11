package corosim.vm;

/**
 * One entry of the chain of "exceptions being handled" (CPython's {@code _PyErr_StackItem}).
 * The thread has one; every generator and coroutine has its own, linked to the caller's while
 * it runs, so {@code sys.exc_info()} and implicit exception context see the innermost one.
 */
final class ExcInfo {
  /** The exception being handled here, or null. */
  PyException value;
  /** The entry of whoever resumed this generator, while it runs. */
  ExcInfo previous;

  /** The innermost exception being handled along the chain, or null. */
  PyException topmost() {
    for (ExcInfo e = this; e != null; e = e.previous) {
      if (e.value != null) {
        return e.value;
      }
    }
    return null;
  }
}
