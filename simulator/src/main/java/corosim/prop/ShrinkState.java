package corosim.prop;

import static corosim.prop.ChoiceSequences.shortlex;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shrinker's state: the best failing case so far, a cache of runs by the exact sequence
 * tried, and the run budget. Passes propose sequences through {@link #consider}; only a run that
 * fails the same way and is shortlex-smaller replaces the best.
 *
 * <p>Invariant: {@code best} fails with {@code origin}, it only ever becomes shortlex-smaller,
 * and {@code runs <= maxRuns}.
 */
final class ShrinkState {
  private final Function<long[], Result> test;
  private final Origin origin;
  private final int maxRuns;
  private final Map<Key, Result> cache = new HashMap<>();
  private Result best;
  private List<Span> bestSpans;
  private int steps;
  private int runs;
  private boolean budgetHit;

  ShrinkState(Function<long[], Result> test, Result failure, int maxRuns) {
    this.test = test;
    this.origin = failure.origin();
    this.maxRuns = maxRuns;
    this.best = failure;
    cache.put(new Key(failure.choices()), failure);
  }

  Result best() {
    return best;
  }

  int steps() {
    return steps;
  }

  int runs() {
    return runs;
  }

  boolean budgetHit() {
    return budgetHit;
  }

  long[] choices() {
    return best.choices();
  }

  List<Span> spans() {
    if (bestSpans == null) {
      bestSpans = best.spans();
    }
    return bestSpans;
  }

  /**
   * Whether {@code attempt} still fails the same way; if its run is simpler than the best, it
   * becomes the best. Attempts not simpler than the best are not run.
   */
  boolean consider(long[] attempt) {
    int order = shortlex(attempt, choices());
    if (order >= 0) {
      return order == 0;
    }
    Key key = new Key(attempt);
    Result result = cache.get(key);
    if (result == null) {
      if (runs >= maxRuns) {
        budgetHit = true;
        return false;
      }
      runs++;
      result = test.apply(attempt);
      cache.put(key, result);
      cache.putIfAbsent(new Key(result.choices()), result);
    }
    if (!result.failsLike(origin)) {
      return false;
    }
    if (shortlex(result.choices(), choices()) < 0) {
      best = result;
      bestSpans = null;
      steps++;
    }
    return true;
  }

  /** Whether {@code attempt} made the best simpler. */
  boolean improve(long[] attempt) {
    long[] before = choices();
    consider(attempt);
    return choices() != before;
  }

  /**
   * The smallest v in [lo, hi] for which {@code attempt(v)} still fails, found by trying lo
   * first, then binary search; {@code attempt(hi)} is taken to fail.
   */
  long lowest(Function<Long, long[]> attempt, long lo, long hi) {
    if (consider(attempt.apply(lo))) {
      return lo;
    }
    while (lo + 1 < hi && !budgetHit) {
      long mid = lo + (hi - lo) / 2;
      if (consider(attempt.apply(mid))) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * The largest m in [0, max] for which {@code attempt(m)} still fails, probing 1, 2, 4, … and
   * then bisecting; {@code attempt(0)} is taken to fail.
   */
  long largest(Function<Long, long[]> attempt, long max) {
    long good = 0;
    long step = 1;
    while (good + step <= max && consider(attempt.apply(good + step)) && !budgetHit) {
      good += step;
      step *= 2;
    }
    long bad = Math.min(max + 1, good + step);
    while (good + 1 < bad && !budgetHit) {
      long mid = good + (bad - good) / 2;
      if (consider(attempt.apply(mid))) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    return good;
  }

  /** A choice sequence as a hash key. */
  private record Key(long[] choices) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(choices, k.choices);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
      return ChoiceSequences.format(choices);
    }
  }
}
