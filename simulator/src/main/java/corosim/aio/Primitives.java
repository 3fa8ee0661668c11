package corosim.aio;

import corosim.loop.ScenarioException;
import corosim.vm.PyException;
import corosim.vm.PyNone;
import corosim.vm.PyType;
import corosim.vm.Types;
import java.util.function.Supplier;

/** Shared pieces of the synchronisation primitives and other Java-written asyncio objects. */
final class Primitives {
  private Primitives() {}

  static PyType type(String name, String module) {
    PyType t = PyType.builtin(name, PyType.Layout.NATIVE);
    t.setModule(module);
    return t;
  }

  static boolean isCancelled(ScenarioException e) {
    return ((PyException) e).isInstance(Types.CANCELLED_ERROR);
  }

  /** An async method whose body never awaits: runs when awaited, returns its value. */
  static AsyncOp now(String name, Supplier<Object> body) {
    return new AsyncOp(name) {
      @Override
      protected Next begin() {
        return done(body.get());
      }
    };
  }

  /** {@code __aenter__} of a lock-like object: await acquire(), return None. */
  static AsyncOp returningNone(AsyncOp acquire) {
    return new AsyncOp("__aenter__") {
      @Override
      protected Next begin() {
        return await(acquire, (v, e) -> e != null ? fail(e) : done(PyNone.NONE));
      }
    };
  }
}
