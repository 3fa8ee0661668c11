package corosim.check;

import java.util.List;
import java.util.Optional;

/** What {@link FairnessAnalyzer} found, one entry per resource in creation order. */
public record Fairness(List<ResourceFairness> resources) {
  public Fairness {
    resources = List.copyOf(resources);
  }

  /** The resource of that name ({@code Lock-1} or the name it was given). */
  public Optional<ResourceFairness> resource(String name) {
    return resources.stream().filter(r -> r.resource().name().equals(name)).findFirst();
  }

  /** Every overtake on every resource, resource by resource. */
  public List<Overtake> overtakes() {
    return resources.stream().flatMap(r -> r.overtakes().stream()).toList();
  }
}
