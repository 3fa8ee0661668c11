package corosim.loop;

import java.util.Arrays;

/**
 * A binary min-heap of timers by (deadline, sequence), in one growable array: no allocation per
 * push or pop once grown.
 */
final class TimerHeap {
  private TimerHandle[] heap = new TimerHandle[16];
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  TimerHandle peek() {
    return size == 0 ? null : heap[0];
  }

  void push(TimerHandle t) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      TimerHandle p = heap[parent];
      if (!t.before(p)) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = t;
  }

  TimerHandle pop() {
    TimerHandle top = heap[0];
    TimerHandle last = heap[--size];
    heap[size] = null;
    if (size > 0) {
      siftDown(0, last);
    }
    return top;
  }

  /** Removes every cancelled timer, keeping the order of the rest. */
  void removeCancelled() {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!heap[i].cancelled()) {
        heap[kept++] = heap[i];
      } else {
        heap[i].inHeap = false;
      }
    }
    Arrays.fill(heap, kept, size, null);
    size = kept;
    for (int i = (size >>> 1) - 1; i >= 0; i--) {
      siftDown(i, heap[i]);
    }
  }

  /** Calls {@code action} on every timer not cancelled, in no particular order. */
  void forEachLive(java.util.function.Consumer<TimerHandle> action) {
    for (int i = 0; i < size; i++) {
      if (!heap[i].cancelled()) {
        action.accept(heap[i]);
      }
    }
  }

  void clear() {
    Arrays.fill(heap, 0, size, null);
    size = 0;
  }

  private void siftDown(int i, TimerHandle t) {
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && heap[right].before(heap[child])) {
        child = right;
      }
      if (!heap[child].before(t)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = t;
  }
}
