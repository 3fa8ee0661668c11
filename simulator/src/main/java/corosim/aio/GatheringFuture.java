package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.FutureCallback;
import corosim.loop.ScenarioException;
import corosim.vm.Errors;
import corosim.vm.PyList;
import corosim.vm.Types;
import java.util.List;

/**
 * CPython 3.11's {@code _GatheringFuture} and gather's done callback: completes with the list of
 * results after the last child (or at the first failure unless {@code return_exceptions});
 * cancelling it cancels the children.
 */
final class GatheringFuture extends Future {
  private final List<Future> children;
  private final boolean returnExceptions;
  private final int distinct;
  private int finished;
  private boolean cancelRequested;

  GatheringFuture(EventLoop loop, List<Future> children, int distinct, boolean returnExceptions) {
    super(loop);
    this.children = children;
    this.distinct = distinct;
    this.returnExceptions = returnExceptions;
    withWaitKind(corosim.trace.WaitKind.TASK);
  }

  FutureCallback childDone() {
    return new ChildDone();
  }

  @Override
  public boolean cancel(Object message) {
    if (done()) {
      return false;
    }
    boolean any = false;
    for (Future child : children) {
      if (child.cancel(message)) {
        any = true;
      }
    }
    if (any) {
      cancelRequested = true;
    }
    return any;
  }

  private void onChildDone(Future fut) {
    finished++;
    if (done()) {
      if (!fut.cancelled()) {
        fut.exception();
      }
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        setException(fut.makeCancelledError());
        return;
      }
      ScenarioException e = fut.exception();
      if (e != null) {
        setException(e);
        return;
      }
    }
    if (finished == distinct) {
      PyList results = new PyList(children.size());
      for (Future child : children) {
        if (child.cancelled()) {
          Object msg = child.cancelMessage();
          results.append(Errors.create(Types.CANCELLED_ERROR, msg == null ? "" : msg));
        } else {
          ScenarioException e = child.exception();
          results.append(e != null ? e : child.result());
        }
      }
      if (cancelRequested) {
        setException(fut.makeCancelledError());
      } else {
        setResult(results);
      }
    }
  }

  private final class ChildDone implements FutureCallback {
    @Override
    public void onDone(Future future) {
      onChildDone(future);
    }

    @Override
    public String label() {
      return "gather.<locals>._done_callback";
    }
  }
}
