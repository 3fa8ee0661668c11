package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known failures shrink to their known minimal forms, from each of ten seeds. */
class ShrinkTest {
  private static final int SEEDS = 10;

  sealed interface Tree permits Leaf, Node {}

  record Leaf(int value) implements Tree {
    @Override
    public String toString() {
      return "Leaf(" + value + ")";
    }
  }

  record Node(Tree left, Tree right) implements Tree {
    @Override
    public String toString() {
      return "Node(" + left + ", " + right + ")";
    }
  }

  static final Gen<Tree> TREES =
      Gen.recursive(
          Gen.integers(0, 100).map(Leaf::new), sub -> Gen.combine(sub, sub, Node::new), 6);

  static int depth(Tree t) {
    return t instanceof Node n ? 1 + Math.max(depth(n.left()), depth(n.right())) : 0;
  }

  static int sum(Tree t) {
    return t instanceof Node n ? sum(n.left()) + sum(n.right()) : ((Leaf) t).value();
  }

  /** The shrunk counterexample of {@code body} over {@code gen}, for each seed. */
  private static <T> List<Object> shrunk(Gen<T> gen, Property.Body<T> body) {
    List<Object> out = new java.util.ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Outcome o =
          Property.forAll(gen)
              .seed(seed)
              .replayDir(Path.of("target", "corosim-prop-test"))
              .run(body);
      assertThat(o.verdict()).as(o.report()).isEqualTo(Outcome.Verdict.FAILED);
      assertThat(o.shrinking().budgetHit()).as(o.report()).isFalse();
      out.add(o.counterexample());
    }
    return out;
  }

  @Test
  void sumOverAThousand_shrinksToOneElement1001() {
    assertThat(
            shrunk(
                Gen.lists(Gen.integers(-10_000, 10_000)),
                xs -> assertThat(xs.stream().mapToLong(Integer::longValue).sum()).isLessThanOrEqualTo(1000)))
        .containsOnly(List.of(1001));
  }

  @Test
  void noValueAtLeastFifty_shrinksTo50() {
    assertThat(shrunk(Gen.lists(Gen.integers(-1000, 1000)), xs -> assertThat(xs).allMatch(x -> x < 50)))
        .containsOnly(List.of(50));
  }

  @Test
  void noDuplicates_shrinksToTwoZeros() {
    assertThat(
            shrunk(
                Gen.lists(Gen.integers(-1000, 1000)),
                xs -> assertThat(new HashSet<>(xs)).hasSameSizeAs(xs)))
        .containsOnly(List.of(0, 0));
  }

  @Test
  void pairSummingOver100_shrinksToSum101() {
    assertThat(
            shrunk(
                Gen.pairs(Gen.integers(0, 1000), Gen.integers(0, 1000)),
                p -> assertThat(p.first() + p.second()).isLessThanOrEqualTo(100)))
        .containsOnly(new Pair<>(0, 101));
  }

  @Test
  void signedPairSummingOver100_shrinksToSum101() {
    assertThat(
            shrunk(
                Gen.pairs(Gen.integers(-1000, 1000), Gen.integers(-1000, 1000)),
                p -> assertThat(p.first() + p.second()).isLessThanOrEqualTo(100)))
        .containsOnly(new Pair<>(0, 101));
  }

  @Test
  void treeThreeDeep_shrinksToAChainOfZeroLeaves() {
    assertThat(shrunk(TREES, t -> assertThat(depth(t)).isLessThan(3)))
        .extracting(Object::toString)
        .containsOnly("Node(Leaf(0), Node(Leaf(0), Node(Leaf(0), Leaf(0))))");
  }

  @Test
  void treeLeafSumOver99_shrinksToOneLeaf() {
    assertThat(shrunk(TREES, t -> assertThat(sum(t)).isLessThan(100)))
        .extracting(Object::toString)
        .containsOnly("Leaf(100)");
  }

  @Test
  void filterThenMap_shrinksThroughBoth() {
    Gen<Integer> evenTimesThree = Gen.integers(0, 1000).filter(x -> x % 2 == 0).map(x -> x * 3);
    assertThat(shrunk(evenTimesThree, v -> assertThat(v).isLessThan(100))).containsOnly(102);
  }

  @Test
  void flatMapSizedList_shrinksTheSizeAndTheElements() {
    Gen<List<Integer>> sized = Gen.integers(1, 8).flatMap(n -> Gen.lists(Gen.integers(0, 1000), n, n));
    assertThat(shrunk(sized, xs -> assertThat(xs.stream().mapToInt(Integer::intValue).sum()).isLessThan(500)))
        .containsOnly(List.of(500));
  }

  @Test
  void mapWithTwoEntries_shrinksToTheTwoSmallestKeys() {
    assertThat(
            shrunk(
                Gen.maps(Gen.integers(0, 100), Gen.integers(0, 100), 0, 10),
                m -> assertThat(m).hasSizeLessThan(2)))
        .extracting(Object::toString)
        .containsOnly("{0=0, 1=0}");
  }

  @Test
  void latencyOverAThreshold_shrinksToJustOverIt() {
    for (Object latency : shrunk(Gen.doubles(0.05, 0.5), d -> assertThat(d).isLessThanOrEqualTo(0.25))) {
      assertThat((Double) latency).isGreaterThan(0.25).isLessThan(0.25 + 1e-12);
    }
  }

  @Test
  void latenciesTotallingOverOneSecond_shrinkToFewestTasks() {
    Gen<List<Double>> latencies =
        Gen.integers(1, 10).flatMap(n -> Gen.lists(Gen.doubles(0.05, 0.5), n, n));
    for (Object shrunk :
        shrunk(latencies, xs -> assertThat(xs.stream().mapToDouble(Double::doubleValue).sum()).isLessThanOrEqualTo(1.0))) {
      @SuppressWarnings("unchecked")
      List<Double> xs = (List<Double>) shrunk;
      assertThat(xs).hasSize(3).startsWith(0.05).endsWith(0.5);
      assertThat(xs.get(1)).isBetween(0.45, 0.45 + 1e-12);
    }
  }
}
