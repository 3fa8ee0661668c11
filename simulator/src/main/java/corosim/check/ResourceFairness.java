package corosim.check;

import corosim.trace.ResourceInfo;
import java.util.List;

/**
 * The order of requests against grants on one resource: every request in request order, every
 * overtake (a later request granted before an earlier one still waiting), and how often the
 * resource woke a waiter while an earlier one was still unwoken.
 */
public record ResourceFairness(
    ResourceInfo resource, List<ResourceRequest> requests, List<Overtake> overtakes, int wakeOrderViolations) {
  public ResourceFairness {
    requests = List.copyOf(requests);
    overtakes = List.copyOf(overtakes);
  }

  /** True when every request was granted in the order made: no overtake. */
  public boolean fifo() {
    return overtakes.isEmpty();
  }

  /** How many requests suspended their task before they ended. */
  public long waiters() {
    return requests.stream().filter(ResourceRequest::waited).count();
  }

  /** The most times any one request was overtaken. */
  public int maxOvertaken() {
    return requests.stream().mapToInt(ResourceRequest::overtakenBy).max().orElse(0);
  }
}
