package corosim.aio;

import corosim.loop.Coroutine;
import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.FutureCallback;
import corosim.loop.Task;
import corosim.vm.PyCoroutine;
import corosim.vm.Repr;
import java.util.ArrayList;
import java.util.List;

/** CPython 3.11's reprs of futures, tasks and loops (base_futures / base_tasks). */
final class Reprs {
  private Reprs() {}

  static String future(Future f) {
    return "<" + (f instanceof Task ? "Task" : "Future") + " " + String.join(" ", info(f)) + ">";
  }

  private static List<String> info(Future f) {
    List<String> info = new ArrayList<>();
    info.add(f.state().name().toLowerCase(java.util.Locale.ROOT));
    if (f.state() == Future.State.FINISHED) {
      if (f.peekException() != null) {
        info.add("exception=" + Repr.repr(f.peekException()));
      } else {
        info.add("result=" + limitedRepr(f.peekResult()));
      }
    }
    List<FutureCallback> cbs = f.callbacks();
    if (!cbs.isEmpty()) {
      String cb;
      if (cbs.size() == 1) {
        cb = cbs.get(0).label() + "()";
      } else if (cbs.size() == 2) {
        cb = cbs.get(0).label() + "(), " + cbs.get(1).label() + "()";
      } else {
        cb = cbs.get(0).label() + "(), <" + (cbs.size() - 2) + " more>, "
            + cbs.get(cbs.size() - 1).label() + "()";
      }
      info.add("cb=[" + cb.replace("()()", "()") + "]");
    }
    if (f instanceof Task t) {
      info.add(1, "name=" + Repr.quote(t.name()));
      info.add(2, "coro=<" + coroutine(t.coroutine()) + ">");
      if (t.waiter() != null) {
        info.add("wait_for=" + future(t.waiter()));
      }
    }
    return info;
  }

  /** reprlib.repr: long containers and strings are shortened. */
  private static String limitedRepr(Object o) {
    String r = o == null ? "None" : Repr.repr(o);
    if (o instanceof String && r.length() > 30) {
      int keep = (30 - 3) / 2;
      return r.substring(0, keep) + "..." + r.substring(r.length() - (30 - 3 - keep));
    }
    return r;
  }

  static String coroutine(Coroutine c) {
    if (c instanceof PyCoroutine pc) {
      String state = pc.finished() ? "done, defined at " : "running at ";
      int line = pc.finished() ? pc.firstLine() : pc.line();
      return pc.qualname() + "() " + state + pc.filename() + ":" + line;
    }
    return c.name() + "()";
  }

  static String loop(EventLoop loop) {
    return "<_UnixSelectorEventLoop running=" + (loop.isRunning() ? "True" : "False") + " closed="
        + (loop.isClosed() ? "True" : "False") + " debug=False>";
  }
}
