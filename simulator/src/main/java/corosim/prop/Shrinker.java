package corosim.prop;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Simplifies a failing choice sequence until no pass finds a shortlex-smaller one that still
 * fails the same way, or the run budget is spent. The design follows Hypothesis' shrinker and
 * minithesis: the passes know nothing of the values, only of choices and of the spans that
 * generators left in the last run, and each accepted change makes the sequence strictly
 * shortlex-smaller, so shrinking always ends. Runs are cached by the exact sequence tried.
 *
 * <p>Passes (the cheap ones every round, in this order): delete spans, delete blocks of 8/4/2/1
 * choices, zero spans and blocks, replace a span by a descendant of the same generator, lower
 * equal choices together, lower each choice (to 0, by binary search, in steps of 2), sort sibling
 * spans and blocks, swap adjacent spans and choices, redistribute between pairs. When a round
 * changes nothing, one expensive pass lowers a choice while deleting a span after it (a size
 * drawn before its elements), and if that helps the rounds begin again.
 *
 * <p>The passes live in {@link SpanPasses} and {@link ChoicePasses}; the best case, the cache
 * and the budget in {@link ShrinkState}.
 */
final class Shrinker {
  private final ShrinkState state;
  private final SpanPasses spans;
  private final ChoicePasses choices;

  Shrinker(Function<long[], Result> test, Result failure, int maxRuns) {
    this.state = new ShrinkState(test, failure, maxRuns);
    this.spans = new SpanPasses(state);
    this.choices = new ChoicePasses(state);
  }

  /** Shrinks until a whole round changes nothing or the budget is spent; returns the best. */
  Result shrink() {
    boolean progress = true;
    while (progress && !state.budgetHit()) {
      long[] before = state.choices();
      spans.deleteSpans();
      choices.deleteBlocks();
      spans.zeroSpans();
      choices.zeroBlocks();
      spans.passToDescendant();
      choices.lowerDuplicates();
      choices.minimizeEach();
      spans.sortSpans();
      choices.sortBlocks();
      spans.swapSpans();
      choices.swapAdjacent();
      choices.redistribute();
      progress = !Arrays.equals(before, state.choices());
      if (!progress && !state.budgetHit()) {
        spans.lowerAndDelete();
        progress = !Arrays.equals(before, state.choices());
      }
    }
    return state.best();
  }

  int steps() {
    return state.steps();
  }

  int runs() {
    return state.runs();
  }

  boolean budgetHit() {
    return state.budgetHit();
  }
}
