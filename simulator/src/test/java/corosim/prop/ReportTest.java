package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Path DIR = Path.of("target", "corosim-prop-test");

  @Test
  void forAllFailure_reportsSeedCounterexampleShrinkingLabelsAndReplay() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gen.lists(Gen.integers(-10_000, 10_000)))
                    .named("SumProperties.sumStaysSmall")
                    .seed(42)
                    .replayDir(DIR)
                    .classify(xs -> xs.isEmpty() ? "empty" : "non-empty")
                    .check(
                        xs -> {
                          int sum = xs.stream().mapToInt(Integer::intValue).sum();
                          if (sum > 1000) {
                            throw new AssertionError("sum " + sum + " > 1000");
                          }
                        }))
        .hasMessage(
            """
            property SumProperties.sumStaysSmall failed (seed 42)

            counterexample: [1001]

            failure: java.lang.AssertionError: sum 1001 > 1000
            shrunk in 15 steps (62 runs): 16 choices down to 4
            found after 4 cases; labels: non-empty 100.0% (4)

            run this case first:
              -Dcorosim.prop.replay=target/corosim-prop-test/SumProperties.sumStaysSmall.replay
              -Dcorosim.prop.replay=1,1001,0,0
            repeat the whole run: -Dcorosim.prop.seed=42""");
  }

  @Test
  void drawingFailure_listsEachDrawAndNote() {
    Outcome o =
        Property.drawing()
            .named("LatencyProperties.finishesInTime")
            .seed(42)
            .replayDir(DIR)
            .run(
                tc -> {
                  int tasks = tc.draw(Gen.integers(1, 10));
                  List<Double> latencies = tc.draw(Gen.lists(Gen.doubles(0.05, 0.5), tasks, tasks));
                  double total = latencies.stream().mapToDouble(Double::doubleValue).sum();
                  tc.note("total " + total);
                  if (total > 1.0) {
                    throw new IllegalStateException("took " + total + " s");
                  }
                });
    assertThat(o.report())
        .isEqualTo(
            """
            property LatencyProperties.finishesInTime failed (seed 42)

            counterexample:
              draw 1: 3
              draw 2: [0.05, 0.4500000000000002, 0.5]
              note: total 1.0000000000000002

            failure: java.lang.IllegalStateException: took 1.0000000000000002 s
            shrunk in 275 steps (1163 runs): 5 choices down to 4
            found after 1 case

            run this case first:
              -Dcorosim.prop.replay=target/corosim-prop-test/LatencyProperties.finishesInTime.replay
              -Dcorosim.prop.replay=2,0,8006399337547552,9007199254740992
            repeat the whole run: -Dcorosim.prop.seed=42""");
    assertThat(o.counterexample()).isEqualTo(List.of(3, List.of(0.05, 0.4500000000000002, 0.5)));
  }

  @Test
  void choicesView_drawsAreListed_andShrinkTowardMin() {
    Outcome o =
        Property.drawing()
            .seed(1)
            .replayDir(DIR)
            .run(
                tc -> {
                  int order = tc.drawInt(10, 20);
                  double latency = tc.drawDouble(0.1, 0.3);
                  assertThat(order >= 15 && latency > 0.2).isFalse();
                });
    List<?> draws = (List<?>) o.counterexample();
    assertThat(draws).hasSize(2).first().isEqualTo(15);
    assertThat((Double) draws.get(1)).isGreaterThan(0.2).isLessThan(0.2 + 1e-12);
    assertThat(o.report()).contains("  draw 1: 15\n  draw 2: 0.2000000000000");
  }

  @Test
  void manyDraws_areCutAfterTwenty() {
    Outcome o =
        Property.drawing()
            .seed(1)
            .replayDir(DIR)
            .run(
                tc -> {
                  for (int i = 0; i < 30; i++) {
                    tc.drawInt(0, 5);
                  }
                  throw new IllegalStateException("always");
                });
    assertThat(o.report()).contains("  draw 20: 0\n  ... and 10 more draws\n");
  }

  @Test
  void passingReport_isOneLine_orTwoWithLabels() {
    Outcome plain = Property.forAll(Gen.booleans()).named("p").seed(3).cases(10).run(b -> {});
    assertThat(plain.report()).isEqualTo("property p passed 10 cases (seed 3)");
    Outcome labelled =
        Property.forAll(Gen.constant(1)).named("p").seed(3).cases(4).classify(x -> "one").run(x -> {});
    assertThat(labelled.report()).isEqualTo("property p passed 4 cases (seed 3)\n  labels: one 100.0% (4)");
  }

  @Test
  void defaultName_isTheCallingTestMethod() {
    Outcome o = Property.forAll(Gen.booleans()).cases(1).run(b -> {});
    assertThat(o.property()).isEqualTo("ReportTest.defaultName_isTheCallingTestMethod");
  }
}
