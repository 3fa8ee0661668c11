package corosim.prop;

import static corosim.prop.ChoiceSequences.isZero;
import static corosim.prop.ChoiceSequences.splice;
import static corosim.prop.ChoiceSequences.with;
import static corosim.prop.ChoiceSequences.without;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The shrink passes that work on single choices and blocks of them, as minithesis does: delete
 * and zero blocks, lower equal choices together, lower each choice, sort blocks, swap neighbours
 * and redistribute between pairs. Each only proposes sequences; {@link ShrinkState} decides.
 */
final class ChoicePasses {
  private final ShrinkState state;

  ChoicePasses(ShrinkState state) {
    this.state = state;
  }

  void deleteBlocks() {
    for (int k = 8; k >= 1 && !state.budgetHit(); k /= 2) {
      for (int i = choices().length - k; i >= 0 && !state.budgetHit(); ) {
        i = Math.min(i, choices().length - k);
        if (i < 0 || !improve(without(choices(), i, i + k))) {
          i--;
        }
      }
    }
  }

  void zeroBlocks() {
    for (int k = 8; k >= 1 && !state.budgetHit(); k /= 2) {
      for (int i = choices().length - k; i >= 0 && !state.budgetHit(); i--) {
        i = Math.min(i, choices().length - k);
        if (i >= 0 && !isZero(choices(), i, i + k)) {
          improve(splice(choices(), i, i + k, new long[k]));
        }
      }
    }
  }

  /**
   * Lowers together choices that hold the same value and were drawn by the same generator: two
   * equal list elements stay equal, while the list's "more" flags, also 1s, stay as they are.
   */
  void lowerDuplicates() {
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
        if (at.size() >= 2 && !state.budgetHit() && holds(at, value)) {
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
  void minimizeEach() {
    for (int i = choices().length - 1; i >= 0 && !state.budgetHit(); i--) {
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

  /** Sorts blocks of 8 down to 2 choices ascending, as minithesis does. */
  void sortBlocks() {
    for (int k = 8; k >= 2 && !state.budgetHit(); k /= 2) {
      for (int i = choices().length - k; i >= 0 && !state.budgetHit(); i--) {
        i = Math.min(i, choices().length - k);
        if (i >= 0) {
          long[] block = Arrays.copyOfRange(choices(), i, i + k);
          Arrays.sort(block);
          improve(splice(choices(), i, i + k, block));
        }
      }
    }
  }

  void swapAdjacent() {
    for (int i = choices().length - 2; i >= 0 && !state.budgetHit(); i--) {
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
  void redistribute() {
    for (int gap = 1; gap <= 4 && !state.budgetHit(); gap++) {
      for (int i = 0; i + gap < choices().length && !state.budgetHit(); i++) {
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
        if (moved < from && !state.budgetHit()) {
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

  private long lowest(Function<Long, long[]> attempt, long lo, long hi) {
    return state.lowest(attempt, lo, hi);
  }

  private long largest(Function<Long, long[]> attempt, long max) {
    return state.largest(attempt, max);
  }
}
