package corosim.loop;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.prop.Gen;
import corosim.prop.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerHeapProperties {
  /** Deadlines from a small set so that ties are common. */
  private static final Gen<List<Integer>> DEADLINES = Gen.lists(Gen.integers(0, 6), 0, 60);

  @Test
  void timers_popInDeadlineThenSchedulingOrder() {
    Property.forAll(DEADLINES).check(deadlines -> {
      TimerHeap heap = new TimerHeap();
      List<TimerHandle> scheduled = new ArrayList<>();
      long seq = 0;
      for (int d : deadlines) {
        TimerHandle t = new TimerHandle(d / 2.0, "t", () -> {});
        t.scheduledOn(null, seq++);
        heap.push(t);
        scheduled.add(t);
      }
      List<TimerHandle> popped = new ArrayList<>();
      while (!heap.isEmpty()) {
        popped.add(heap.pop());
      }
      List<TimerHandle> expected = new ArrayList<>(scheduled);
      expected.sort(Comparator.comparingDouble(TimerHandle::when).thenComparingLong(t -> t.sequence));
      assertThat(popped).containsExactlyElementsOf(expected);
    });
  }

  @Test
  void removingCancelledTimers_keepsTheOrderOfTheRest() {
    Property.forAll(Gen.lists(Gen.pairs(Gen.integers(0, 5), Gen.booleans()), 0, 60))
        .check(entries -> {
          TimerHeap heap = new TimerHeap();
          List<TimerHandle> live = new ArrayList<>();
          long seq = 0;
          for (var e : entries) {
            TimerHandle t = new TimerHandle(e.first(), "t", () -> {});
            t.scheduledOn(null, seq++);
            heap.push(t);
            if (e.second()) {
              t.cancel();
            } else {
              live.add(t);
            }
          }
          heap.removeCancelled();
          List<TimerHandle> popped = new ArrayList<>();
          while (!heap.isEmpty()) {
            popped.add(heap.pop());
          }
          live.sort(Comparator.comparingDouble(TimerHandle::when).thenComparingLong(t -> t.sequence));
          assertThat(popped).containsExactlyElementsOf(live);
        });
  }
}
