package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkTest {
  private static <T> Outcome failing(Gen<T> gen, long seed, Property.Body<T> body) {
    Outcome o = Property.forAll(gen).seed(seed).replayDir(java.nio.file.Path.of("target", "corosim-prop-test")).run(body);
    System.out.println(o.report());
    assertThat(o.verdict()).isEqualTo(Outcome.Verdict.FAILED);
    return o;
  }

  @Test
  void sumOverThousand_shrinksToSingleElement() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(Gen.lists(Gen.integers(-10_000, 10_000)), seed,
          xs -> assertThat(xs.stream().mapToLong(Integer::longValue).sum()).isLessThanOrEqualTo(1000));
      assertThat(o.counterexample()).isEqualTo(List.of(1001));
    }
  }

  @Test
  void valueAtLeastFifty_shrinksToFifty() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(Gen.lists(Gen.integers(-1000, 1000)), seed,
          xs -> assertThat(xs).allMatch(x -> x < 50));
      assertThat(o.counterexample()).isEqualTo(List.of(50));
    }
  }

  @Test
  void noDuplicates_shrinksToTwoZeros() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(Gen.lists(Gen.integers(-1000, 1000)), seed,
          xs -> assertThat(new HashSet<>(xs)).hasSameSizeAs(xs));
      assertThat(o.counterexample()).isEqualTo(List.of(0, 0));
    }
  }

  @Test
  void pairSum_shrinksTo101() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(Gen.pairs(Gen.integers(0, 1000), Gen.integers(0, 1000)), seed,
          p -> assertThat(p.first() + p.second()).isLessThanOrEqualTo(100));
      assertThat(o.counterexample()).isEqualTo(new Pair<>(0, 101));
    }
  }

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

  static int depth(Tree t) {
    return t instanceof Node n ? 1 + Math.max(depth(n.left()), depth(n.right())) : 0;
  }

  static final Gen<Tree> TREES =
      Gen.recursive(
          Gen.integers(0, 100).map(Leaf::new),
          sub -> Gen.combine(sub, sub, Node::new),
          6);

  @Test
  void deepTree_shrinksToMinimalChain() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(TREES, seed, t -> assertThat(depth(t)).isLessThan(3));
      assertThat(o.counterexample())
          .hasToString("Node(Leaf(0), Node(Leaf(0), Node(Leaf(0), Leaf(0))))");
    }
  }

  @Test
  void bigLeafSum_shrinksToOneLeaf() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(TREES, seed, t -> assertThat(sum(t)).isLessThan(100));
      assertThat(o.counterexample()).hasToString("Leaf(100)");
    }
  }

  static int sum(Tree t) {
    return t instanceof Node n ? sum(n.left()) + sum(n.right()) : ((Leaf) t).value();
  }

  @Test
  void filterThenMap_shrinksThroughBoth() {
    Gen<Integer> evenTimesThree = Gen.integers(0, 1000).filter(x -> x % 2 == 0).map(x -> x * 3);
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(evenTimesThree, seed, v -> assertThat(v).isLessThan(100));
      assertThat(o.counterexample()).isEqualTo(102);
    }
  }

  @Test
  void flatMapSizedList_shrinksSizeAndElements() {
    Gen<List<Integer>> sized =
        Gen.integers(1, 8).flatMap(n -> Gen.lists(Gen.integers(0, 1000), n, n));
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(sized, seed,
          xs -> assertThat(xs.stream().mapToInt(Integer::intValue).sum()).isLessThan(500));
      assertThat(o.counterexample()).isEqualTo(List.of(500));
    }
  }

  @Test
  void latencyOverThreshold_shrinksToJustOver() {
    for (long seed = 1; seed <= 10; seed++) {
      Outcome o = failing(Gen.doubles(0.05, 0.5), seed, d -> assertThat(d).isLessThanOrEqualTo(0.25));
      assertThat((Double) o.counterexample()).isGreaterThan(0.25).isLessThan(0.25 + 1e-12);
    }
  }
}
