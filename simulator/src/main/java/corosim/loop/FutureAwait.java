package corosim.loop;

/**
 * The iterator {@code Future.__await__} returns: if the future is pending, mark it blocking and
 * yield it to the task; when resumed, return its result (or raise). An already-done future
 * returns at once, without suspending.
 */
public final class FutureAwait implements Coroutine {
  private final Future future;
  private boolean yielded;

  public FutureAwait(Future future) {
    this.future = future;
  }

  @Override
  public Step send(Object value) {
    if (!yielded && !future.done()) {
      yielded = true;
      future.setBlocking(true);
      return new Step.Yielded(future);
    }
    if (!future.done()) {
      return new Step.Raised(future.loop().host().runtimeError("await wasn't used with future"));
    }
    try {
      return new Step.Returned(future.result());
    } catch (ScenarioException e) {
      return new Step.Raised(e);
    }
  }

  @Override
  public Step throwInto(ScenarioException exception) {
    return new Step.Raised(exception);
  }

  @Override
  public String name() {
    return "Future.__await__";
  }
}
