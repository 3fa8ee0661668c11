package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.ScenarioException;
import corosim.loop.TimerHandle;
import corosim.trace.WaitKind;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyException;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyType;
import corosim.vm.Runtime;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A {@code concurrent.futures.ThreadPoolExecutor} on virtual time (asyncio-semantics.md §10): a
 * job starts when a worker is free (FIFO), its code runs in full at that moment with its own
 * clock (time.sleep adds to its duration), and its completion — the thread-safe handle that
 * sets the asyncio future — is a timer at start + duration. Lines the job prints carry the
 * job's time and are written when that timer runs.
 *
 * <p>Invariant: {@code freeAt[w]} is when worker w finishes its current job (or became idle);
 * {@code queue} holds jobs submitted while every worker was busy, in submission order.
 */
final class VirtualExecutor implements PyObject {
  static final PyType TYPE = Primitives.type("ThreadPoolExecutor", "concurrent.futures.thread");
  /** The cpu count corosim assumes for the default pool size: fixed, never the host's. */
  static final int CPUS = 4;

  private final Runtime rt;
  private final double[] freeAt;
  private final boolean[] busy;
  private final ArrayDeque<PendingJob> queue = new ArrayDeque<>();
  private double lastEnd;
  private boolean shutdown;

  /**
   * A submitted job. {@code cancelled} is set by a done callback of the asyncio future, so — as
   * with CPython's _chain_future — cancelling the future cancels a queued job one iteration later.
   */
  private static final class PendingJob {
    final EventLoop loop;
    final Future future;
    final Object fn;
    final Object[] args;
    final String[] kw;
    boolean cancelled;

    PendingJob(EventLoop loop, Future future, Object fn, Object[] args, String[] kw) {
      this.loop = loop;
      this.future = future;
      this.fn = fn;
      this.args = args;
      this.kw = kw;
    }

    EventLoop loop() {
      return loop;
    }

    Future future() {
      return future;
    }

    Object fn() {
      return fn;
    }

    Object[] args() {
      return args;
    }

    String[] kw() {
      return kw;
    }
  }

  VirtualExecutor(Runtime rt, int workers) {
    if (workers <= 0) {
      throw Errors.valueError("max_workers must be greater than 0");
    }
    this.rt = rt;
    this.freeAt = new double[workers];
    this.busy = new boolean[workers];
  }

  static VirtualExecutor withDefaultSize(Runtime rt) {
    return new VirtualExecutor(rt, Math.min(32, CPUS + 4));
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** {@code loop.run_in_executor(self, fn, *args)}: an asyncio future of the job's outcome. */
  Future submit(EventLoop loop, Object fn, Object[] args, String[] kw) {
    if (shutdown) {
      throw Errors.runtimeError("cannot schedule new futures after shutdown");
    }
    Future future = new Future(loop).withWaitKind(WaitKind.EXECUTOR);
    PendingJob job = new PendingJob(loop, future, fn, args, kw);
    int w = idleWorker(loop.time());
    if (w >= 0 && queue.isEmpty()) {
      start(w, Math.max(loop.time(), freeAt[w]), job);
    } else {
      queue.add(job);
      future.addDoneCallback(new corosim.loop.FutureCallback() {
        @Override
        public void onDone(Future f) {
          if (f.cancelled()) {
            job.cancelled = true;
          }
        }

        @Override
        public String label() {
          return "_chain_future.<locals>._call_check_cancel";
        }
      });
    }
    return future;
  }

  private int idleWorker(double now) {
    for (int w = 0; w < busy.length; w++) {
      if (!busy[w]) {
        return w;
      }
    }
    return -1;
  }

  private void start(int worker, double start, PendingJob job) {
    busy[worker] = true;
    Object[] outcome = {null};
    PyException[] failure = {null};
    Runtime.Job ran = rt.runJob(start, () -> {
      try {
        outcome[0] = Ops.call(job.fn(), job.args(), job.kw());
      } catch (PyException e) {
        failure[0] = e;
      }
    });
    double end = start + ran.duration();
    freeAt[worker] = end;
    lastEnd = Math.max(lastEnd, end);
    job.loop().callAt(new TimerHandle(end, "_chain_future.<locals>._call_set_state", () -> {
      rt.releaseJobOutput(ran);
      Future f = job.future();
      if (!f.cancelled()) {
        if (failure[0] != null) {
          f.setException(failure[0]);
        } else {
          f.setResult(outcome[0]);
        }
      }
      busy[worker] = false;
      startQueued(worker);
    }));
  }

  /** A worker freed: the next queued job starts at the time it became free. */
  private void startQueued(int worker) {
    while (!queue.isEmpty()) {
      PendingJob next = queue.poll();
      if (next.cancelled) {
        continue;
      }
      start(worker, freeAt[worker], next);
      return;
    }
  }

  /** When every job submitted so far has completed (for shutdown_default_executor). */
  double lastEnd() {
    return lastEnd;
  }

  boolean idle() {
    for (boolean b : busy) {
      if (b) {
        return false;
      }
    }
    return queue.isEmpty();
  }

  void shutdown() {
    shutdown = true;
  }

  static {
    TYPE.setConstructor((a, k) -> {
      Object n = Args.arg(a, k, 0, "max_workers", PyNone.NONE);
      int workers = n == PyNone.NONE ? Math.min(32, CPUS + 4) : (int) Ops.index(n);
      return new VirtualExecutor(Runtime.current(), workers);
    });
    TYPE.method("__enter__", (a, k) -> a[0]);
    TYPE.method("__exit__", (a, k) -> {
      ((VirtualExecutor) a[0]).shutdown();
      return false;
    });
    TYPE.method("shutdown", (a, k) -> {
      ((VirtualExecutor) a[0]).shutdown();
      return PyNone.NONE;
    });
  }

  /** {@code asyncio.to_thread(fn, *args, **kwargs)}: run_in_executor(None, ...) awaited. */
  static AsyncOp toThread(Runtime rt, Object[] a, String[] k) {
    return new AsyncOp("to_thread") {
      @Override
      protected Next begin() {
        EventLoop loop = Tasks.runningLoop(rt);
        Object fn = a[0];
        Object[] rest = Arrays.copyOfRange(a, 1, a.length);
        Future f = Executors.defaultExecutor(rt, loop).submit(loop, fn, rest, k);
        return await(f, (v, err) -> err != null ? fail(err) : done(v));
      }
    };
  }

  static ScenarioException unsupported(String what) {
    return Errors.runtimeError(what);
  }
}
