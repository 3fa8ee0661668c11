package corosim.aio;

import corosim.loop.EventLoop;
import corosim.vm.Errors;
import corosim.vm.Repr;
import corosim.vm.Runtime;

/**
 * CPython's {@code mixins._LoopBoundMixin}: a primitive binds to the running loop the first time
 * it needs one, and using it from another loop is a RuntimeError.
 */
final class LoopBinding {
  private EventLoop loop;

  EventLoop get(Object owner) {
    Runtime rt = Runtime.current();
    EventLoop running = rt == null ? null : rt.environment().runningLoop();
    if (loop == null) {
      loop = running;
    }
    if (running != loop) {
      throw Errors.runtimeError(Repr.repr(owner) + " is bound to a different event loop");
    }
    return loop;
  }
}
