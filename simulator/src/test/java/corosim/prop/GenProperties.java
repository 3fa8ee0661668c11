package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generators' contracts, checked with the engine itself. */
class GenProperties {
  private static final Gen<Object> ANY =
      Gen.oneOf(
          Gen.integers(-50, 50),
          Gen.lists(Gen.doubles(-1, 1), 0, 4),
          Gen.maps(Gen.integers(0, 9), Gen.booleans(), 0, 3),
          Gen.strings("abc", 0, 3),
          Gen.pairs(Gen.elements("x", "y"), Gen.longs(-5, 5)));

  @Test
  void integers_stayInTheirBounds_andReachBoth() {
    Property.drawing()
        .check(
            tc -> {
              int lo = tc.draw(Gen.integers(-1000, 1000));
              int hi = lo + tc.draw(Gen.integers(0, 2000));
              int v = tc.draw(Gen.integers(lo, hi));
              assertThat(v).isBetween(lo, hi);
              if (v == lo) {
                tc.label("min");
              }
              if (v == hi) {
                tc.label("max");
              }
            });
  }

  @Test
  void longs_andTheChoicesView_coverHugeRanges() {
    Property.drawing()
        .check(
            tc -> {
              long full = tc.drawLong(Long.MIN_VALUE, Long.MAX_VALUE);
              long wide = tc.draw(Gen.longs(Long.MIN_VALUE + 1, Long.MAX_VALUE));
              assertThat(wide).isGreaterThan(Long.MIN_VALUE);
              tc.label(full < 0 ? "negative" : "non-negative");
            });
  }

  @Test
  void doubles_stayInTheirBounds() {
    Property.drawing()
        .check(
            tc -> {
              double lo = tc.draw(Gen.doubles(-1e6, 1e6));
              double hi = lo + tc.draw(Gen.doubles(0, 1e6));
              assertThat(tc.draw(Gen.doubles(lo, hi))).isBetween(lo, hi);
              assertThat(tc.drawDouble(lo, hi)).isBetween(lo, hi);
            });
  }

  @Test
  void lists_respectTheirSizeBounds() {
    Property.drawing()
        .check(
            tc -> {
              int min = tc.draw(Gen.integers(0, 10));
              int max = min + tc.draw(Gen.integers(0, 10));
              List<Integer> xs = tc.draw(Gen.lists(Gen.integers(0, 3), min, max));
              assertThat(xs).hasSizeBetween(min, max);
              tc.label(xs.size() == min ? "at min" : xs.size() == max ? "at max" : "between");
            });
  }

  @Test
  void maps_haveDistinctKeys_withinTheirSizeBounds() {
    Property.drawing()
        .check(
            tc -> {
              int min = tc.draw(Gen.integers(0, 4));
              int max = min + tc.draw(Gen.integers(0, 4));
              Map<Integer, String> m = tc.draw(Gen.maps(Gen.integers(0, 9), Gen.strings("ab", 0, 2), min, max));
              assertThat(m).hasSizeBetween(min, max);
            });
  }

  @Test
  void recursive_neverExceedsItsMaxDepth() {
    Property.forAll(Gen.integers(0, 5))
        .cases(50)
        .check(
            depth -> {
              Gen<ShrinkTest.Tree> trees =
                  Gen.recursive(
                      Gen.integers(0, 9).map(ShrinkTest.Leaf::new),
                      sub -> Gen.combine(sub, sub, ShrinkTest.Node::new),
                      depth);
              Outcome inner =
                  Property.forAll(trees)
                      .named("inner")
                      .cases(20)
                      .run(t -> assertThat(ShrinkTest.depth(t)).isLessThanOrEqualTo(depth));
              assertThat(inner.passed()).as(inner.report()).isTrue();
            });
  }

  @Test
  void replayingACasesChoices_reproducesItsValue() {
    Property.forAll(Gen.longs(0, Long.MAX_VALUE))
        .cases(300)
        .check(
            seed -> {
              TestCase generated = new TestCase(new long[0], new Rng(seed), 8192);
              Object value = generated.draw(ANY);
              TestCase replayed = new TestCase(generated.choices(), null, 8192);
              assertThat(replayed.draw(ANY)).isEqualTo(value);
              assertThat(replayed.choices()).isEqualTo(generated.choices());
            });
  }

  @Test
  void spans_nestAndCoverTheirChoices() {
    Property.forAll(Gen.longs(0, Long.MAX_VALUE))
        .cases(300)
        .check(
            seed -> {
              TestCase tc = new TestCase(new long[0], new Rng(seed), 8192);
              tc.draw(Gen.lists(ANY));
              List<Span> spans = tc.spans();
              for (Span s : spans) {
                assertThat(s.start()).isBetween(0, s.end());
                assertThat(s.end()).isLessThanOrEqualTo(tc.choices().length);
                if (s.parent() >= 0) {
                  assertThat(spans.get(s.parent()).contains(s)).isTrue();
                  assertThat(s.depth()).isEqualTo(spans.get(s.parent()).depth() + 1);
                }
              }
            });
  }
}
