package corosim.prop;

import static corosim.prop.ChoiceSequences.isZero;
import static corosim.prop.ChoiceSequences.splice;
import static corosim.prop.ChoiceSequences.with;
import static corosim.prop.ChoiceSequences.without;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shrink passes that work on spans, the choices one generator call drew: delete one, zero
 * one, replace one by a descendant of the same generator, sort and swap siblings, and lower a
 * choice while deleting a span after it. Each only proposes sequences; {@link ShrinkState}
 * decides.
 */
final class SpanPasses {
  private static final int LOOKAHEAD_SPANS = 16;

  private final ShrinkState state;

  SpanPasses(ShrinkState state) {
    this.state = state;
  }

  void deleteSpans() {
    for (int i = spans().size() - 1; i >= 0 && !state.budgetHit(); ) {
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

  void zeroSpans() {
    for (int i = spans().size() - 1; i >= 0 && !state.budgetHit(); i--) {
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

  /** Replaces a span by a smaller span of the same generator inside it: a tree by a subtree. */
  void passToDescendant() {
    for (int i = 0; i < spans().size() && !state.budgetHit(); i++) {
      boolean replaced = true;
      while (replaced && i < spans().size() && !state.budgetHit()) {
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
  void sortSpans() {
    for (List<Span> run : siblingRuns(true)) {
      if (state.budgetHit()) {
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
  void swapSpans() {
    for (List<Span> run : siblingRuns(false)) {
      for (int i = 0; i + 1 < run.size() && !state.budgetHit(); i++) {
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

  /**
   * Lowers a choice by one while deleting one of the spans after it: for a size drawn before its
   * elements, fewer elements only fail if the right one goes. If that alone passes, the choice
   * after the deleted span is also tried at its bound, to take up what the span held (two
   * latencies becoming one). The most expensive pass.
   */
  void lowerAndDelete() {
    for (int i = 0; i < choices().length && !state.budgetHit(); i++) {
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
        if (++tried > LOOKAHEAD_SPANS || state.budgetHit() || choices()[i] == 0) {
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

  private long[] choices() {
    return state.choices();
  }

  private List<Span> spans() {
    return state.spans();
  }

  private boolean consider(long[] attempt) {
    return state.consider(attempt);
  }

  private boolean improve(long[] attempt) {
    return state.improve(attempt);
  }
}
