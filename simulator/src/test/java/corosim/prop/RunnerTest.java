package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerTest {
  private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.integers(-10_000, 10_000));

  private static void sumAtMostThousand(List<Integer> xs) {
    assertThat(xs.stream().mapToLong(Integer::longValue).sum()).isLessThanOrEqualTo(1000);
  }

  @Test
  void passingProperty_runsExactlyTheCasesAsked() {
    AtomicInteger calls = new AtomicInteger();
    Outcome o = Property.forAll(Gen.integers(0, 10)).cases(250).run(x -> calls.incrementAndGet());
    assertThat(o.verdict()).isEqualTo(Outcome.Verdict.PASSED);
    assertThat(calls).hasValue(250);
    assertThat(o.cases()).isEqualTo(250);
  }

  @Test
  void passingProperty_defaultsToAThousandCases() {
    assumeThat(System.getProperty(Settings.CASES)).isNull();
    AtomicInteger calls = new AtomicInteger();
    Property.forAll(Gen.booleans()).check(b -> calls.incrementAndGet());
    assertThat(calls).hasValue(1000);
  }

  @Test
  void casesSystemProperty_raisesOrLowersTheDefault() {
    Settings s = Settings.none().resolve("p", Map.of(Settings.CASES, "37", Settings.SEED, "5")::get);
    assertThat(s.cases()).isEqualTo(37);
    assertThat(s.seed()).isEqualTo(5);
    assertThat(Settings.none().withCases(3).resolve("p", Map.of(Settings.CASES, "37")::get).cases())
        .isEqualTo(3);
    assertThatThrownBy(() -> Settings.none().resolve("p", Map.of(Settings.CASES, "many")::get))
        .hasMessage("corosim.prop.cases must be an integer >= 0, got 'many'");
  }

  @Test
  void sameSeed_drawsTheSameCases() {
    assertThat(valuesDrawn(42)).isEqualTo(valuesDrawn(42)).isNotEqualTo(valuesDrawn(43));
  }

  private static List<List<Integer>> valuesDrawn(long seed) {
    List<List<Integer>> seen = new ArrayList<>();
    Property.forAll(LISTS).seed(seed).cases(100).run(seen::add);
    return seen;
  }

  @Test
  void sameSeed_reproducesTheSameFailure(@TempDir Path dir) {
    Outcome first = Property.forAll(LISTS).seed(7).replayDir(dir).run(RunnerTest::sumAtMostThousand);
    Outcome second = Property.forAll(LISTS).seed(7).replayDir(dir).run(RunnerTest::sumAtMostThousand);
    assertThat(first.verdict()).isEqualTo(Outcome.Verdict.FAILED);
    assertThat(second.report()).isEqualTo(first.report());
    assertThat(second.choices()).isEqualTo(first.choices());
  }

  @Test
  void failure_writesReplayFile_andReplayRunsThatCaseFirst(@TempDir Path dir) throws Exception {
    Outcome failed =
        Property.forAll(LISTS).named("sums").seed(7).replayDir(dir).run(RunnerTest::sumAtMostThousand);
    Path file = dir.resolve("sums.replay");
    assertThat(failed.replayFile()).isEqualTo(file);
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            # corosim.prop replay: the choices of one failing case
            property=sums
            seed=7
            choices=1,1001,0,0
            """);

    List<List<Integer>> seen = new ArrayList<>();
    Outcome replayed =
        Property.forAll(LISTS)
            .named("sums")
            .seed(99)
            .replayDir(dir)
            .replay(file.toString())
            .run(
                xs -> {
                  seen.add(xs);
                  sumAtMostThousand(xs);
                });
    assertThat(seen.get(0)).containsExactly(1001);
    assertThat(replayed.cases()).isEqualTo(1);
    assertThat(replayed.report()).contains("found by replaying " + file);
  }

  @Test
  void replayFile_ofAnotherProperty_isIgnored(@TempDir Path dir) {
    Path file = Replay.write(dir, "other", 1, new long[] {1, 1001, 0, 0});
    List<List<Integer>> seen = new ArrayList<>();
    Property.forAll(LISTS).named("sums").seed(3).cases(5).replay(file.toString()).run(seen::add);
    assertThat(seen).hasSize(5).doesNotContain(List.of(1001));
  }

  @Test
  void inlineReplay_runsThoseChoicesFirst() {
    List<List<Integer>> seen = new ArrayList<>();
    Property.forAll(LISTS).seed(3).cases(5).replay("1,12,0,1,5,1,0").run(seen::add);
    assertThat(seen.get(0)).containsExactly(12, -5);
    assertThat(seen).hasSize(5); // the replayed case is one of the five
  }

  @Test
  void check_throwsAssertionErrorWithReportAndCause(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                Property.forAll(Gen.integers(0, 100))
                    .seed(1)
                    .replayDir(dir)
                    .check(
                        x -> {
                          if (x > 10) {
                            throw new IllegalStateException("too big: " + x);
                          }
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("counterexample: 11")
        .hasMessageContaining("failure: java.lang.IllegalStateException: too big: 11")
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("too big: 11");
  }

  @Test
  void shrinkBudget_stopsShrinking_andReportSaysSo(@TempDir Path dir) {
    Outcome o =
        Property.forAll(LISTS).seed(7).maxShrinks(5).replayDir(dir).run(RunnerTest::sumAtMostThousand);
    assertThat(o.shrinking().runs()).isEqualTo(5);
    assertThat(o.shrinking().budgetHit()).isTrue();
    assertThat(o.report())
        .contains(
            "shrinking stopped at its budget of 5 runs (corosim.prop.maxShrinks):"
                + " the counterexample may not be minimal");
  }

  @Test
  void labels_showInTheReportOfAPassingRun() {
    int[] empty = {0};
    Outcome o =
        Property.forAll(LISTS)
            .named("labelled")
            .seed(11)
            .cases(200)
            .classify(xs -> xs.isEmpty() ? "empty" : "non-empty")
            .classify(xs -> xs.size() > 5, "long")
            .run(
                xs -> {
                  if (xs.isEmpty()) {
                    empty[0]++;
                  }
                });
    assertThat(o.labels()).containsEntry("empty", empty[0]).containsEntry("non-empty", 200 - empty[0]);
    assertThat(o.labels().keySet()).first().isEqualTo("non-empty");
    assertThat(o.report())
        .startsWith("property labelled passed 200 cases (seed 11)\n  labels: non-empty ")
        .contains(String.format(java.util.Locale.ROOT, "empty %.1f%% (%d)", empty[0] / 2.0, empty[0]))
        .contains("long ");
  }

  @Test
  void testCaseLabels_countPerCase() {
    Outcome o =
        Property.drawing()
            .seed(5)
            .cases(100)
            .run(
                tc -> {
                  tc.label(tc.drawInt(0, 1) == 0 ? "heads" : "tails");
                  tc.label("any");
                  tc.label("any");
                });
    assertThat(o.labels()).containsEntry("any", 100);
    assertThat(o.labels().get("heads") + o.labels().get("tails")).isEqualTo(100);
  }

  @Test
  void alwaysRejectingFilter_givesUpWithHealthCheck() {
    Gen<Integer> never = Gen.integers(0, 10).filter(x -> x > 10);
    assertThatThrownBy(() -> Property.forAll(never).named("never").seed(1).check(x -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            property never gave up: 50 of 50 cases were rejected or overran, only 0 valid (seed 1)
              rejected by a filter or assume: 50
              overran the choice budget of 8192: 0
            hint: a filter or assumption rejects nearly every case; generate valid values\
             directly (map instead of filter) or weaken the assumption""");
  }

  @Test
  void assumeAndJUnitAssumptions_rejectCases() {
    Outcome assumed = Property.drawing().seed(1).cases(100).run(tc -> tc.assume(tc.drawInt(0, 3) == 0));
    assertThat(assumed.verdict()).isEqualTo(Outcome.Verdict.PASSED);
    assertThat(assumed.rejected()).isPositive();
    Outcome junit =
        Property.forAll(Gen.integers(0, 3)).seed(1).cases(100).run(x -> assumeThat(x).isZero());
    assertThat(junit.verdict()).isEqualTo(Outcome.Verdict.PASSED);
    assertThat(junit.rejected()).isPositive();
  }

  @Test
  void caseOverrunningItsBudget_isOverrunNotFailed() {
    Outcome o =
        Property.drawing()
            .seed(3)
            .cases(100)
            .maxChoices(50)
            .run(
                tc -> {
                  int n = tc.drawInt(0, 3) == 0 ? 100 : 10;
                  for (int i = 0; i < n; i++) {
                    tc.drawInt(0, 9);
                  }
                });
    assertThat(o.verdict()).isEqualTo(Outcome.Verdict.PASSED);
    assertThat(o.overrun()).isPositive();
    assertThat(o.cases()).isEqualTo(100);
    assertThat(o.report()).contains(o.overrun() + " overran");
  }

  @Test
  void everyCaseOverrunning_givesUpWithHint() {
    Outcome o =
        Property.drawing()
            .named("endless")
            .seed(3)
            .run(
                tc -> {
                  while (true) {
                    tc.drawInt(0, 1);
                  }
                });
    assertThat(o.verdict()).isEqualTo(Outcome.Verdict.GAVE_UP);
    assertThat(o.report())
        .contains("overran the choice budget of 8192: 50")
        .contains("raise -Dcorosim.prop.maxChoices");
  }

}
