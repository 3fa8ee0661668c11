package corosim.check;

import corosim.trace.EventKind;
import corosim.trace.ResourceInfo;
import corosim.trace.StepEnd;
import corosim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Per lock, semaphore, condition, event, queue or barrier: requests against grants, from the
 * RESOURCE_* records corosim.aio writes. A request is overtaken when a request made after it is
 * granted while it still waits; asyncio's Lock and Semaphore hand off FIFO in 3.11 (no overtakes),
 * its Queue reserves nothing (a getter arriving after a woken one can take the item).
 *
 * <p>A request is one RESOURCE_REQUESTED of a task until its RESOURCE_ACQUIRED or
 * RESOURCE_ABANDONED; a task that was woken, found the resource taken and waits again may record
 * RESOURCE_REQUESTED again: its request keeps its original place. A wake is out of order when
 * the resource wakes a task while an earlier request is waiting and not woken.
 */
public final class FairnessAnalyzer {
  private FairnessAnalyzer() {}

  public static Fairness analyze(Trace trace) {
    int n = trace.resourceCount();
    List<List<Open>> open = new ArrayList<>();
    List<List<ResourceRequest>> done = new ArrayList<>();
    List<List<Overtake>> overtakes = new ArrayList<>();
    int[] wakeViolations = new int[n];
    List<List<Open>> openOfTask = new ArrayList<>();
    for (int t = 0; t < trace.taskCount(); t++) {
      openOfTask.add(new ArrayList<>(1));
    }
    for (int r = 0; r < n; r++) {
      open.add(new ArrayList<>());
      done.add(new ArrayList<>());
      overtakes.add(new ArrayList<>());
    }
    for (int i = 0; i < trace.size(); i++) {
      EventKind k = trace.kind(i);
      if (k == EventKind.STEP && trace.stepEnd(i) == StepEnd.SUSPENDED) {
        int t = trace.task(i);
        if (t >= 0) {
          for (Open o : openOfTask.get(t)) {
            o.waited = true;
          }
        }
        continue;
      }
      if (!isResourceEvent(k)) {
        continue;
      }
      int r = trace.resource(i);
      if (r < 0 || r >= n) {
        continue;
      }
      int t = trace.task(i);
      List<Open> waiting = open.get(r);
      switch (k) {
        case RESOURCE_REQUESTED -> {
          Open again = find(waiting, t);
          if (again != null) {
            again.woken = false; // woken, found nothing, waits again: its request keeps its place
          } else {
            Open o = new Open(t, i, trace.start(i));
            waiting.add(o);
            if (t >= 0) {
              openOfTask.get(t).add(o);
            }
          }
        }
        case RESOURCE_WOKEN -> {
          Open o = find(waiting, t);
          if (o != null) {
            for (Open earlier : waiting) {
              if (earlier == o) {
                break;
              }
              if (!earlier.woken) {
                wakeViolations[r]++;
                break;
              }
            }
            o.woken = true;
          }
        }
        case RESOURCE_ACQUIRED, RESOURCE_ABANDONED -> {
          Open o = find(waiting, t);
          if (o == null) { // granted without a recorded request: it asked and got it at once
            o = new Open(t, i, trace.start(i));
            waiting.add(o);
          }
          boolean acquired = k == EventKind.RESOURCE_ACQUIRED;
          if (acquired) {
            for (Open earlier : waiting) {
              if (earlier == o) {
                break;
              }
              earlier.overtakenBy++;
              overtakes.get(r).add(new Overtake(r, earlier.task, label(trace, earlier.task), t,
                  label(trace, t), trace.start(i), i));
            }
          }
          waiting.remove(o);
          if (t >= 0) {
            openOfTask.get(t).remove(o);
          }
          done.get(r).add(o.close(trace, r, acquired ? ResourceRequest.Outcome.ACQUIRED
              : ResourceRequest.Outcome.ABANDONED, trace.start(i)));
        }
        default -> {}
      }
    }
    List<ResourceFairness> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<ResourceRequest> requests = new ArrayList<>(done.get(r));
      for (Open o : open.get(r)) {
        requests.add(o.close(trace, r, ResourceRequest.Outcome.PENDING, Double.NaN));
      }
      requests.sort((a, b) -> Integer.compare(a.event(), b.event()));
      ResourceInfo info = trace.resourceInfo(r);
      out.add(new ResourceFairness(info, requests, overtakes.get(r), wakeViolations[r]));
    }
    return new Fairness(out);
  }

  private static boolean isResourceEvent(EventKind k) {
    return k == EventKind.RESOURCE_REQUESTED
        || k == EventKind.RESOURCE_WOKEN
        || k == EventKind.RESOURCE_ACQUIRED
        || k == EventKind.RESOURCE_ABANDONED;
  }

  private static Open find(List<Open> waiting, int task) {
    for (Open o : waiting) {
      if (o.task == task) {
        return o;
      }
    }
    return null;
  }

  private static String label(Trace trace, int task) {
    return task < 0 ? "(no task)" : trace.taskInfo(task).label();
  }

  /** A request not yet granted or abandoned. */
  private static final class Open {
    final int task;
    final int event;
    final double at;
    boolean waited;
    boolean woken;
    int overtakenBy;

    Open(int task, int event, double at) {
      this.task = task;
      this.event = event;
      this.at = at;
    }

    ResourceRequest close(Trace trace, int r, ResourceRequest.Outcome outcome, double endedAt) {
      return new ResourceRequest(r, task, label(trace, task), event, at, outcome, endedAt, waited,
          overtakenBy);
    }
  }
}
