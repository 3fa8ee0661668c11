package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenTest {
  /** The value a generator shrinks to when every value fails: its simplest. */
  private static Object simplest(Gen<?> gen) {
    Outcome o =
        Property.forAll(gen)
            .seed(1)
            .replayDir(Path.of("target", "corosim-prop-test"))
            .run(
                v -> {
                  throw new AssertionError("always");
                });
    return o.counterexample();
  }

  @Test
  void integers_shrinkTowardZero_orTheBoundNearestIt() {
    assertThat(simplest(Gen.integers(-5, 5))).isEqualTo(0);
    assertThat(simplest(Gen.integers(5, 10))).isEqualTo(5);
    assertThat(simplest(Gen.integers(-10, -5))).isEqualTo(-5);
    assertThat(simplest(Gen.longs(-3, Long.MAX_VALUE))).isEqualTo(0L);
  }

  @Test
  void doubles_shrinkTowardZero_orTheBoundNearestIt() {
    assertThat(simplest(Gen.doubles(-1, 1))).isEqualTo(0.0);
    assertThat(simplest(Gen.doubles(2, 3))).isEqualTo(2.0);
    assertThat(simplest(Gen.doubles(-3, -2))).isEqualTo(-2.0);
  }

  @Test
  void choices_shrinkTowardTheFirst() {
    assertThat(simplest(Gen.booleans())).isEqualTo(false);
    assertThat(simplest(Gen.elements("a", "b", "c"))).isEqualTo("a");
    assertThat(simplest(Gen.oneOf(Gen.constant("x"), Gen.integers(0, 9)))).isEqualTo("x");
    assertThat(simplest(Gen.frequency(Weighted.value(1, "rare"), Weighted.value(9, "common"))))
        .isEqualTo("rare");
  }

  @Test
  void structures_shrinkToTheirSmallestSize() {
    assertThat(simplest(Gen.lists(Gen.integers(-9, 9)))).isEqualTo(List.of());
    assertThat(simplest(Gen.lists(Gen.integers(-9, 9), 2, 5))).isEqualTo(List.of(0, 0));
    assertThat(simplest(Gen.strings("xyz", 3, 5))).isEqualTo("xxx");
    assertThat(simplest(Gen.maps(Gen.integers(0, 9), Gen.integers(0, 9), 2, 4)))
        .isEqualTo(Map.of(0, 0, 1, 0));
    assertThat(simplest(Gen.triples(Gen.booleans(), Gen.integers(3, 4), Gen.constant("c"))))
        .hasToString("(false, 3, c)");
    assertThat(simplest(ShrinkTest.TREES)).hasToString("Leaf(0)");
  }

  @Test
  void frequency_drawsInProportionToWeights() {
    Outcome o =
        Property.forAll(Gen.frequency(Weighted.value(9, "fast"), Weighted.value(1, "slow")))
            .seed(5)
            .classify(v -> v)
            .run(v -> {});
    assertThat(o.labels().get("fast")).isBetween(850, 950);
    assertThat(o.labels().get("slow")).isBetween(50, 150);
  }

  @Test
  void integers_areBiasedToTheirBoundaries() {
    Outcome o =
        Property.forAll(Gen.integers(-1000, 1000))
            .seed(5)
            .classify(v -> v == -1000 ? "min" : v == 1000 ? "max" : v == 0 ? "zero" : null)
            .run(v -> {});
    assertThat(o.labels()).containsKeys("min", "max", "zero");
  }

  @Test
  void mapAndFlatMap_keepShrinkingThroughTheFunction() {
    assertThat(simplest(Gen.integers(1, 9).map(x -> "#" + x))).isEqualTo("#1");
    assertThat(simplest(Gen.integers(1, 3).flatMap(n -> Gen.lists(Gen.constant(n), n, n))))
        .isEqualTo(List.of(1));
  }

  @Test
  void badArguments_areRejectedWithTheValue() {
    assertThatThrownBy(() -> Gen.integers(5, 4)).hasMessage("min must be <= max, got 5 > 4");
    assertThatThrownBy(() -> Gen.doubles(0, Double.POSITIVE_INFINITY))
        .hasMessage("bounds must be finite with min <= max, got [0.0, Infinity]");
    assertThatThrownBy(() -> Gen.lists(Gen.booleans(), 3, 2))
        .hasMessage("sizes must satisfy 0 <= minSize <= maxSize, got 3, 2");
    assertThatThrownBy(() -> Weighted.value(0, "x")).hasMessage("weight must be > 0, got 0");
    assertThatThrownBy(() -> Gen.elements(List.of())).hasMessage("elements needs at least one value");
  }
}
