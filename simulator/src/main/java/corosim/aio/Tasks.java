package corosim.aio;

import corosim.loop.Coroutine;
import corosim.loop.EventLoop;
import corosim.loop.Future;
import corosim.loop.Task;
import corosim.vm.Errors;
import corosim.vm.PyAsyncGenerator;
import corosim.vm.PyCoroutine;
import corosim.vm.PyGenerator;
import corosim.vm.PyObject;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Creating tasks and futures: create_task, ensure_future, gather, the event-loop look-ups. */
final class Tasks {
  private Tasks() {}

  static boolean isCoroutine(Object o) {
    return o instanceof PyCoroutine
        || (o instanceof Coroutine && o instanceof PyObject && !(o instanceof PyGenerator)
            && !(o instanceof PyAsyncGenerator));
  }

  /** {@code loop.create_task(coro, name=...)}: TypeError unless a coroutine. */
  static Task create(EventLoop loop, Object coro, String name) {
    if (!isCoroutine(coro)) {
      throw Errors.typeError("a coroutine was expected, got " + Repr.repr(coro));
    }
    return new Task(loop, (Coroutine) coro, name, false);
  }

  /** {@code asyncio.create_task(coro, name=...)}: numbered, then renamed (3.11). */
  static Task createNamed(Runtime rt, Object coro, Object name) {
    EventLoop loop = runningLoop(rt);
    Task t = create(loop, coro, null);
    if (name != null && name != corosim.vm.PyNone.NONE) {
      t.setName(Repr.str(name));
    }
    return t;
  }

  static EventLoop runningLoop(Runtime rt) {
    EventLoop loop = rt.environment().runningLoop();
    if (loop == null) {
      throw Errors.runtimeError("no running event loop");
    }
    return loop;
  }

  /** {@code events._get_event_loop()}: the running loop, else the policy's loop. */
  static EventLoop eventLoop(Runtime rt) {
    EventLoop running = rt.environment().runningLoop();
    if (running != null) {
      return running;
    }
    if (rt.policyLoop() == null) {
      if (rt.policyLoopSet()) {
        throw Errors.runtimeError("There is no current event loop in thread 'MainThread'.");
      }
      rt.setPolicyLoop(new EventLoop(rt.environment()));
    }
    return rt.policyLoop();
  }

  /** {@code ensure_future(obj, loop=loop)}: futures as they are, coroutines become tasks. */
  static Future ensureFuture(Runtime rt, Object o, EventLoop loop) {
    if (o instanceof Future f) {
      if (loop != null && f.loop() != loop) {
        throw Errors.valueError("The future belongs to a different loop than the one specified "
            + "as the loop argument");
      }
      return f;
    }
    if (isCoroutine(o)) {
      return create(loop != null ? loop : eventLoop(rt), o, null);
    }
    throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
  }

  /** {@code asyncio.gather(*aws, return_exceptions=...)}. */
  static Future gather(Runtime rt, Object[] aws, boolean returnExceptions) {
    if (aws.length == 0) {
      EventLoop loop = eventLoop(rt);
      Future outer = new Future(loop);
      outer.setResult(new corosim.vm.PyList());
      return outer;
    }
    Map<Object, Future> seen = new IdentityHashMap<>();
    List<Future> children = new ArrayList<>();
    List<Future> distinct = new ArrayList<>();
    EventLoop loop = null;
    for (Object a : aws) {
      Future f = seen.get(a);
      if (f == null) {
        f = ensureFuture(rt, a, loop);
        if (loop == null) {
          loop = f.loop();
        }
        seen.put(a, f);
        distinct.add(f);
      }
      children.add(f);
    }
    GatheringFuture outer = new GatheringFuture(loop, children, distinct.size(), returnExceptions);
    // Callbacks are registered before the outer future exists in CPython; order is the same.
    for (Future f : distinct) {
      f.addDoneCallback(outer.childDone());
    }
    return outer;
  }
}
