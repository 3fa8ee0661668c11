package corosim.aio;

import corosim.vm.Ops;
import java.util.List;

/**
 * Python's {@code heapq} push and pop, step for step (the same sift order), so a PriorityQueue
 * returns equal-priority items in CPython's order.
 */
final class HeapQ {
  private HeapQ() {}

  static void push(List<Object> heap, Object item) {
    heap.add(item);
    siftDown(heap, 0, heap.size() - 1);
  }

  static Object pop(List<Object> heap) {
    Object last = heap.remove(heap.size() - 1);
    if (heap.isEmpty()) {
      return last;
    }
    Object top = heap.get(0);
    heap.set(0, last);
    siftUp(heap, 0);
    return top;
  }

  /** heapq._siftdown: move the item at pos up towards startpos. */
  private static void siftDown(List<Object> heap, int startpos, int pos) {
    Object newitem = heap.get(pos);
    while (pos > startpos) {
      int parentpos = (pos - 1) >> 1;
      Object parent = heap.get(parentpos);
      if (Ops.lessThan(newitem, parent)) {
        heap.set(pos, parent);
        pos = parentpos;
        continue;
      }
      break;
    }
    heap.set(pos, newitem);
  }

  /** heapq._siftup: bubble the smaller child up to a leaf, then sift the item down. */
  private static void siftUp(List<Object> heap, int pos) {
    int endpos = heap.size();
    int startpos = pos;
    Object newitem = heap.get(pos);
    int childpos = 2 * pos + 1;
    while (childpos < endpos) {
      int rightpos = childpos + 1;
      if (rightpos < endpos && !Ops.lessThan(heap.get(childpos), heap.get(rightpos))) {
        childpos = rightpos;
      }
      heap.set(pos, heap.get(childpos));
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    heap.set(pos, newitem);
    siftDown(heap, startpos, pos);
  }
}
