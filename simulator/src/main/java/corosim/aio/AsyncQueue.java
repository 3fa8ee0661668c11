package corosim.aio;

import corosim.loop.Future;
import corosim.trace.WaitKind;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyList;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code asyncio.Queue}, {@code PriorityQueue} and {@code LifoQueue} as CPython 3.11.7. Nothing
 * is reserved for a woken getter or putter: a task running before it can take the item, and the
 * woken one re-queues at the back — CPython's unfair corner, reproduced on purpose.
 *
 * <p>Invariant: {@code getters}/{@code putters} hold the futures of blocked get/put calls in
 * arrival order; a woken future is popped off when woken, a cancelled one by its own call.
 */
final class AsyncQueue implements PyObject {
  static final PyType TYPE = Primitives.type("Queue", "asyncio.queues");
  static final PyType PRIORITY = PyType.builtin("PriorityQueue", PyType.Layout.NATIVE, TYPE);
  static final PyType LIFO = PyType.builtin("LifoQueue", PyType.Layout.NATIVE, TYPE);

  private enum Kind { FIFO, PRIORITY, LIFO }

  private final LoopBinding binding = new LoopBinding();
  private final Kind kind;
  private final Object maxsize;
  private final long max;
  private final ArrayDeque<Object> fifo = new ArrayDeque<>();
  private final List<Object> heap = new ArrayList<>();
  private final ArrayDeque<Future> getters = new ArrayDeque<>();
  private final ArrayDeque<Future> putters = new ArrayDeque<>();
  private final AsyncEvent finished = new AsyncEvent(false);
  private final Resource getSide;
  private final Resource putSide;
  private final java.util.IdentityHashMap<Future, Integer> waiterTasks = new java.util.IdentityHashMap<>();
  private long unfinished;

  private AsyncQueue(Kind kind, Object maxsize) {
    this.kind = kind;
    this.maxsize = maxsize;
    this.max = Ops.index(maxsize);
    finished.set();
    String name = switch (kind) {
      case FIFO -> "Queue";
      case PRIORITY -> "PriorityQueue";
      case LIFO -> "LifoQueue";
    };
    this.getSide = Resource.create(WaitKind.QUEUE, name);
    this.putSide = max > 0 ? Resource.create(WaitKind.QUEUE, name + " (put)") : Resource.untraced();
  }

  @Override
  public PyType type() {
    return switch (kind) {
      case FIFO -> TYPE;
      case PRIORITY -> PRIORITY;
      case LIFO -> LIFO;
    };
  }

  int size() {
    return kind == Kind.FIFO ? fifo.size() : heap.size();
  }

  boolean full() {
    return max > 0 && size() >= max;
  }

  private void store(Object item) {
    switch (kind) {
      case FIFO -> fifo.addLast(item);
      case LIFO -> heap.add(item);
      case PRIORITY -> HeapQ.push(heap, item);
    }
  }

  private Object take() {
    return switch (kind) {
      case FIFO -> fifo.pollFirst();
      case LIFO -> heap.remove(heap.size() - 1);
      case PRIORITY -> HeapQ.pop(heap);
    };
  }

  private void wakeUpNext(ArrayDeque<Future> waiters, Resource side) {
    while (!waiters.isEmpty()) {
      Future w = waiters.pollFirst();
      if (!w.done()) {
        w.setResult(PyNone.NONE);
        side.woken(waiterTasks.getOrDefault(w, -1));
        break;
      }
    }
  }

  void putNowait(Object item) {
    if (full()) {
      throw Errors.create(Types.QUEUE_FULL);
    }
    store(item);
    unfinished++;
    finished.clear();
    getSide.released();
    wakeUpNext(getters, getSide);
  }

  /** get_nowait() called by the program: a request granted at once (or QueueEmpty). */
  Object getNowaitCall() {
    Object item = getNowait();
    int task = getSide.currentTask();
    getSide.requested(task);
    getSide.acquired(task);
    return item;
  }

  Object getNowait() {
    if (size() == 0) {
      throw Errors.create(Types.QUEUE_EMPTY);
    }
    Object item = take();
    putSide.released();
    wakeUpNext(putters, putSide);
    return item;
  }

  AsyncOp put(Object item) {
    return new AsyncOp("put") {
      /** The requesting task, known when the call first runs (not when it was created). */
      private int task = -2;

      @Override
      protected Next begin() {
        if (task == -2) {
          task = putSide.currentTask();
        }
        putSide.requested(task);
        if (!full()) {
          putNowait(item);
          putSide.acquired(task);
          return done(PyNone.NONE);
        }
        Future putter = new Future(binding.get(AsyncQueue.this)).withWaitKind(WaitKind.QUEUE);
        putters.add(putter);
        waiterTasks.put(putter, task);
        return await(putter, (v, err) -> {
          waiterTasks.remove(putter);
          if (err != null) {
            putSide.abandoned(task);
            putter.cancel(null);
            putters.remove(putter);
            if (!full() && !putter.cancelled()) {
              wakeUpNext(putters, putSide);
            }
            return fail(err);
          }
          return begin();
        });
      }
    };
  }

  AsyncOp get() {
    return new AsyncOp("get") {
      /** The requesting task, known when the call first runs (not when it was created). */
      private int task = -2;

      @Override
      protected Next begin() {
        if (task == -2) {
          task = getSide.currentTask();
        }
        getSide.requested(task);
        if (size() > 0) {
          Object item = getNowait();
          getSide.acquired(task);
          return done(item);
        }
        Future getter = new Future(binding.get(AsyncQueue.this)).withWaitKind(WaitKind.QUEUE);
        getters.add(getter);
        waiterTasks.put(getter, task);
        return await(getter, (v, err) -> {
          waiterTasks.remove(getter);
          if (err != null) {
            getSide.abandoned(task);
            getter.cancel(null);
            getters.remove(getter);
            if (size() > 0 && !getter.cancelled()) {
              wakeUpNext(getters, getSide);
            }
            return fail(err);
          }
          return begin();
        });
      }
    };
  }

  void taskDone() {
    if (unfinished <= 0) {
      throw Errors.valueError("task_done() called too many times");
    }
    unfinished--;
    if (unfinished == 0) {
      finished.set();
    }
  }

  AsyncOp join() {
    return new AsyncOp("join") {
      @Override
      protected Next begin() {
        if (unfinished > 0) {
          return await(finished.waitFor(), (v, err) -> err != null ? fail(err) : done(PyNone.NONE));
        }
        return done(PyNone.NONE);
      }
    };
  }

  private String format() {
    StringBuilder sb = new StringBuilder("maxsize=").append(Repr.repr(maxsize));
    if (size() > 0) {
      Object[] items = kind == Kind.FIFO ? fifo.toArray() : heap.toArray();
      sb.append(" _queue=").append(Repr.repr(new PyList(items)));
    }
    if (!getters.isEmpty()) {
      sb.append(" _getters[").append(getters.size()).append(']');
    }
    if (!putters.isEmpty()) {
      sb.append(" _putters[").append(putters.size()).append(']');
    }
    if (unfinished > 0) {
      sb.append(" tasks=").append(unfinished);
    }
    return sb.toString();
  }

  private static AsyncQueue q(Object[] a) {
    return (AsyncQueue) a[0];
  }

  static {
    LIFO.setModule("asyncio.queues");
    PRIORITY.setModule("asyncio.queues");
    TYPE.setConstructor((a, k) -> new AsyncQueue(Kind.FIFO, Args.arg(a, k, 0, "maxsize", 0L)));
    PRIORITY.setConstructor((a, k) -> new AsyncQueue(Kind.PRIORITY, Args.arg(a, k, 0, "maxsize", 0L)));
    LIFO.setConstructor((a, k) -> new AsyncQueue(Kind.LIFO, Args.arg(a, k, 0, "maxsize", 0L)));
    TYPE.method("put", (a, k) -> q(a).put(a[1]));
    TYPE.method("get", (a, k) -> q(a).get());
    TYPE.method("put_nowait", (a, k) -> {
      q(a).putNowait(a[1]);
      return PyNone.NONE;
    });
    TYPE.method("get_nowait", (a, k) -> q(a).getNowaitCall());
    TYPE.method("qsize", (a, k) -> (long) q(a).size());
    TYPE.method("empty", (a, k) -> q(a).size() == 0);
    TYPE.method("full", (a, k) -> q(a).full());
    TYPE.method("task_done", (a, k) -> {
      q(a).taskDone();
      return PyNone.NONE;
    });
    TYPE.method("join", (a, k) -> q(a).join());
    TYPE.attribute("maxsize", corosim.vm.Descriptors.getter((a, k) -> q(a).maxsize));
    TYPE.method("__repr__", (a, k) -> "<" + q(a).type().name() + " at " + Repr.address(a[0]) + " "
        + q(a).format() + ">");
    TYPE.method("__str__", (a, k) -> "<" + q(a).type().name() + " " + q(a).format() + ">");
  }
}
