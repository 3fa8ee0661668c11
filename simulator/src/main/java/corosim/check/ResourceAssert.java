package corosim.check;

/** Checks about one synchronisation resource; made by {@link TraceAssert#resource}. */
public final class ResourceAssert {
  private final TraceAssert parent;
  private final ResourceFairness fairness;

  ResourceAssert(TraceAssert parent, ResourceFairness fairness) {
    this.parent = parent;
    this.fairness = fairness;
  }

  /** Back to the whole trace. */
  public TraceAssert and() {
    return parent;
  }

  /** What the analyzer found, for checks of your own. */
  public ResourceFairness fairness() {
    return fairness;
  }

  /** Every request was granted in the order made: no waiter was overtaken. */
  public ResourceAssert isFifo() {
    return overtakesAtMost(0);
  }

  /** At most {@code n} times did a later request get the resource before an earlier waiter. */
  public ResourceAssert overtakesAtMost(int n) {
    if (fairness.overtakes().size() > n) {
      Overtake o = fairness.overtakes().get(0);
      parent.fail("expected at most " + n + " overtakes on " + fairness.resource().name() + " but "
          + fairness.overtakes().size() + " happened; first: " + o.overtakerLabel() + " got it at "
          + Times.format(o.at()) + " while " + o.waiterLabel() + ", who asked earlier, waited");
    }
    return this;
  }
}
