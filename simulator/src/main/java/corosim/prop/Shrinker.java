package corosim.prop;

import static corosim.prop.ChoiceSequences.shortlex;
import static corosim.prop.ChoiceSequences.splice;
import static corosim.prop.ChoiceSequences.with;
import static corosim.prop.ChoiceSequences.without;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>Invariant: {@code best} fails with {@code origin}, and it only ever becomes shortlex-smaller.
 */
final class Shrinker {
  private static final int LOOKAHEAD_SPANS = 16;

  private final Function<long[], Result> test;
  private final Origin origin;
  private final int maxRuns;
  private final Map<Key, Result> cache = new HashMap<>();
  private Result best;
  private List<Span> bestSpans;
  private int steps;
  private int runs;
  private boolean budgetHit;

  Shrinker(Function<long[], Result> test, Result failure, int maxRuns) {
    this.test = test;
    this.origin = failure.origin();
    this.maxRuns = maxRuns;
    this.best = failure;
    cache.put(new Key(failure.choices()), failure);
  }

  Result shrink() {
    boolean progress = true;
    while (progress && !budgetHit) {
      long[] before = choices();
      deleteSpans();
      deleteBlocks();
      zeroSpans();
      zeroBlocks();
      passToDescendant();
      lowerDuplicates();
      minimizeEach();
      sortSpans();
      sortBlocks();
      swapSpans();
      swapAdjacent();
      redistribute();
      progress = !Arrays.equals(before, choices());
      if (!progress && !budgetHit) {
        lowerAndDelete();
        progress = !Arrays.equals(before, choices());
      }
    }
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

  // ---- the test, cached ----

  private long[] choices() {
    return best.choices();
  }

  private List<Span> spans() {
    if (bestSpans == null) {
      bestSpans = best.spans();
    }
    return bestSpans;
  }

  /**
   * Whether {@code attempt} still fails the same way; if its run is simpler than the best, it
   * becomes the best. Attempts not simpler than the best are not run.
   */
  private boolean consider(long[] attempt) {
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
  private boolean improve(long[] attempt) {
    long[] before = choices();
    consider(attempt);
    return choices() != before;
  }

  // ---- deleting ----

  private void deleteSpans() {
    for (int i = spans().size() - 1; i >= 0 && !budgetHit; ) {
      i = Math.min(i, spans().size() - 1);
      if (i < 0) {
        break;
      }
      Span s = spans().get(i);
      if (s.length() == 0 || !improve(without(choices(), s.start(), s.end()))) {
        i--;
      }
    }
  }

  private void deleteBlocks() {
    for (int k = 8; k >= 1 && !budgetHit; k /= 2) {
      for (int i = choices().length - k; i >= 0 && !budgetHit; ) {
        i = Math.min(i, choices().length - k);
        if (i < 0 || !improve(without(choices(), i, i + k))) {
          i--;
        }
      }
    }
  }

  // ---- zeroing ----

  private void zeroSpans() {
    for (int i = spans().size() - 1; i >= 0 && !budgetHit; i--) {
      i = Math.min(i, spans().size() - 1);
      if (i < 0) {
        break;
      }
      Span s = spans().get(i);
      if (!isZero(choices(), s.start(), s.end())) {
        improve(splice(choices(), s.start(), s.end(), new long[s.length()]));
      }
    }
  }

  private void zeroBlocks() {
    for (int k = 8; k >= 1 && !budgetHit; k /= 2) {
      for (int i = choices().length - k; i >= 0 && !budgetHit; i--) {
        i = Math.min(i, choices().length - k);
        if (i >= 0 && !isZero(choices(), i, i + k)) {
          improve(splice(choices(), i, i + k, new long[k]));
        }
      }
    }
  }

  private static boolean isZero(long[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] != 0) {
        return false;
      }
    }
    return true;
  }

  // ---- structure ----

  /** Replaces a span by a smaller span of the same generator inside it: a tree by a subtree. */
  private void passToDescendant() {
    for (int i = 0; i < spans().size() && !budgetHit; i++) {
      boolean replaced = true;
      while (replaced && i < spans().size() && !budgetHit) {
        replaced = false;
        List<Span> spans = spans();
        Span s = spans.get(i);
        for (int j = i + 1; j < spans.size() && spans.get(j).start() < s.end(); j++) {
          Span d = spans.get(j);
          if (d.label() == s.label() && d.length() < s.length() && d.end() <= s.end()) {
            long[] inner = Arrays.copyOfRange(choices(), d.start(), d.end());
            if (improve(splice(choices(), s.start(), s.end(), inner))) {
              replaced = true;
              break;
            }
          }
        }
      }
    }
  }

  /** Sorts each run of adjacent sibling spans of one generator (list elements) by content. */
  private void sortSpans() {
    for (List<Span> run : siblingRuns(true)) {
      if (budgetHit) {
        return;
      }
      long[] current = choices();
      if (run.get(run.size() - 1).end() > current.length) {
        return; // an earlier sort changed the structure; the next round sees the new one
      }
      List<long[]> parts = new ArrayList<>();
      for (Span s : run) {
        parts.add(Arrays.copyOfRange(current, s.start(), s.end()));
      }
      parts.sort(ChoiceSequences::shortlex);
      improve(splice(current, run.get(0).start(), run.get(run.size() - 1).end(), concat(parts)));
    }
  }

  /** Swaps adjacent sibling spans where that makes the sequence smaller: a leaf before a branch. */
  private void swapSpans() {
    for (List<Span> run : siblingRuns(false)) {
      for (int i = 0; i + 1 < run.size() && !budgetHit; i++) {
        long[] current = choices();
        Span a = run.get(i);
        Span b = run.get(i + 1);
        if (b.end() > current.length) {
          return; // an earlier swap changed the structure; the next round sees the new one
        }
        long[] first = Arrays.copyOfRange(current, a.start(), a.end());
        long[] second = Arrays.copyOfRange(current, b.start(), b.end());
        improve(splice(current, a.start(), b.end(), concat(List.of(second, first))));
      }
    }
  }

  /**
   * Runs of adjacent siblings (each starts where the last ended) in the current spans; with
   * {@code sameLabel}, only siblings drawn by one generator. Only runs of two or more.
   */
  private List<List<Span>> siblingRuns(boolean sameLabel) {
    List<Span> spans = spans();
    Map<Integer, List<Span>> children = new TreeMap<>();
    for (Span s : spans) {
      if (s.length() > 0) {
        children.computeIfAbsent(s.parent(), p -> new ArrayList<>()).add(s);
      }
    }
    List<List<Span>> runs = new ArrayList<>();
    for (List<Span> kids : children.values()) {
      List<Span> run = new ArrayList<>();
      for (Span s : kids) {
        Span last = run.isEmpty() ? null : run.get(run.size() - 1);
        if (last != null && (last.end() != s.start() || sameLabel && last.label() != s.label())) {
          if (run.size() > 1) {
            runs.add(run);
          }
          run = new ArrayList<>();
        }
        run.add(s);
      }
      if (run.size() > 1) {
        runs.add(run);
      }
    }
    return runs;
  }

  private static long[] concat(List<long[]> parts) {
    return parts.stream().flatMapToLong(Arrays::stream).toArray();
  }

  // ---- lowering values ----

  /**
   * Lowers together choices that hold the same value and were drawn by the same generator: two
   * equal list elements stay equal, while the list's "more" flags, also 1s, stay as they are.
   */
  private void lowerDuplicates() {
    long[] current = choices();
    Object[] drawnBy = innermostLabels(current.length);
    Map<Long, Map<Object, List<Integer>>> groups = new TreeMap<>();
    for (int i = 0; i < current.length; i++) {
      if (current[i] > 0) {
        groups
            .computeIfAbsent(current[i], v -> new LinkedHashMap<>())
            .computeIfAbsent(drawnBy[i], g -> new ArrayList<>())
            .add(i);
      }
    }
    for (Map.Entry<Long, Map<Object, List<Integer>>> byValue : groups.entrySet()) {
      long value = byValue.getKey();
      for (List<Integer> at : byValue.getValue().values()) {
        if (at.size() >= 2 && !budgetHit && holds(at, value)) {
          lowest(v -> setAll(at, v), 0, value);
        }
      }
    }
  }

  /** For each choice, the label of the innermost span around it (null if none). */
  private Object[] innermostLabels(int length) {
    Object[] out = new Object[length];
    for (Span s : spans()) { // pre-order: a child overwrites its parent
      for (int i = s.start(); i < s.end() && i < length; i++) {
        out[i] = s.label();
      }
    }
    return out;
  }

  private boolean holds(List<Integer> at, long value) {
    long[] current = choices();
    for (int i : at) {
      if (i >= current.length || current[i] != value) {
        return false;
      }
    }
    return true;
  }

  private long[] setAll(List<Integer> at, long value) {
    long[] out = choices().clone();
    for (int i : at) {
      out[i] = value;
    }
    return out;
  }

  /** Lowers each choice, last first: to 0, then by binary search, then in steps of 2. */
  private void minimizeEach() {
    for (int i = choices().length - 1; i >= 0 && !budgetHit; i--) {
      if (i >= choices().length || choices()[i] == 0) {
        continue;
      }
      int at = i;
      long value = choices()[at];
      long lowest = lowest(v -> with(choices(), at, v), 0, value);
      // Binary search assumes failing is monotone in the value; a filter on parity is not, so
      // try stepping down over the values it rejects.
      if (lowest > 1 && at < choices().length && choices()[at] == lowest) {
        long steps = largest(m -> with(choices(), at, lowest - 2 * m), lowest / 2);
        if (steps > 0) {
          lowest(v -> with(choices(), at, v), 0, lowest - 2 * steps);
        }
      }
    }
  }

  /**
   * The smallest v in [lo, hi] for which {@code attempt(v)} still fails, found by trying lo
   * first, then binary search; {@code attempt(hi)} is taken to fail.
   */
  private long lowest(Function<Long, long[]> attempt, long lo, long hi) {
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
  private long largest(Function<Long, long[]> attempt, long max) {
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

  /** Sorts blocks of 8 down to 2 choices ascending, as minithesis does. */
  private void sortBlocks() {
    for (int k = 8; k >= 2 && !budgetHit; k /= 2) {
      for (int i = choices().length - k; i >= 0 && !budgetHit; i--) {
        i = Math.min(i, choices().length - k);
        if (i >= 0) {
          long[] block = Arrays.copyOfRange(choices(), i, i + k);
          Arrays.sort(block);
          improve(splice(choices(), i, i + k, block));
        }
      }
    }
  }

  private void swapAdjacent() {
    for (int i = choices().length - 2; i >= 0 && !budgetHit; i--) {
      long[] current = choices();
      if (i + 1 < current.length && current[i] > current[i + 1]) {
        long[] swapped = current.clone();
        swapped[i] = current[i + 1];
        swapped[i + 1] = current[i];
        improve(swapped);
      }
    }
  }

  /**
   * Moves value from a choice to one 1 to 4 places later, keeping their sum: [500, 600] becomes
   * [0, 1100], after which the 0 may go. Binary search finds the most that can move; if not all
   * of it can, the first is set to 0 and the second to its bound.
   */
  private void redistribute() {
    for (int gap = 1; gap <= 4 && !budgetHit; gap++) {
      for (int i = 0; i + gap < choices().length && !budgetHit; i++) {
        int a = i;
        int b = i + gap;
        long[] current = choices();
        long from = current[a];
        long to = current[b];
        if (from == 0 || to > Long.MAX_VALUE - from) {
          continue;
        }
        long moved =
            largest(
                d -> {
                  long[] out = current.clone();
                  out[a] = from - d;
                  out[b] = to + d;
                  return out;
                },
                from);
        if (moved < from && !budgetHit) {
          // The sum may have no slack left (a float threshold met exactly): empty the first
          // choice and fill the second up to its bound, which the test case clamps to.
          long[] emptied = current.clone();
          emptied[a] = 0;
          emptied[b] = Long.MAX_VALUE;
          consider(emptied);
        }
      }
    }
  }

  /**
   * Lowers a choice by one while deleting one of the spans after it: for a size drawn before its
   * elements, fewer elements only fail if the right one goes. If that alone passes, the choice
   * after the deleted span is also tried at its bound, to take up what the span held (two
   * latencies becoming one). The most expensive pass.
   */
  private void lowerAndDelete() {
    for (int i = 0; i < choices().length && !budgetHit; i++) {
      if (choices()[i] == 0) {
        continue;
      }
      int tried = 0;
      List<Span> spans = new ArrayList<>(spans());
      spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.length()));
      for (Span s : spans) {
        if (s.start() <= i || s.length() == 0) {
          continue;
        }
        if (++tried > LOOKAHEAD_SPANS || budgetHit) {
          break;
        }
        int length = choices().length;
        long[] attempt = without(with(choices(), i, choices()[i] - 1), s.start(), s.end());
        // If what the span held has to go somewhere, try the choice after it at its bound.
        boolean failed =
            consider(attempt)
                || s.start() < attempt.length && consider(with(attempt, s.start(), Long.MAX_VALUE));
        if (failed && choices().length < length) {
          i--; // shorter: try the same choice again
          break;
        }
      }
    }
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
