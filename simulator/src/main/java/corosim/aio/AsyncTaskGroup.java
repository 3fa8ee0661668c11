package corosim.aio;

import corosim.loop.EventLoop;
import corosim.loop.ErrorContext;
import corosim.loop.Future;
import corosim.loop.FutureCallback;
import corosim.loop.ScenarioException;
import corosim.loop.Task;
import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.PyException;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code asyncio.TaskGroup} as CPython 3.11: a failing child aborts the group (siblings
 * cancelled — in creation order, corosim's fixed rule for CPython's set order) and cancels the
 * parent; leaving waits for every child, then raises the base error, the outside cancellation,
 * or an ExceptionGroup of the children's errors.
 *
 * <p>Invariant: {@code tasks} holds the children not yet done, in creation order.
 */
final class AsyncTaskGroup implements PyObject {
  static final PyType TYPE = Primitives.type("TaskGroup", "asyncio.taskgroups");

  private final Runtime rt;
  private boolean entered;
  private boolean exiting;
  private boolean aborting;
  private EventLoop loop;
  private Task parent;
  private boolean parentCancelRequested;
  private final Set<Task> tasks = new LinkedHashSet<>();
  private List<ScenarioException> errors = new ArrayList<>();
  private ScenarioException baseError;
  private Future onCompleted;
  private final FutureCallback onTaskDone = new FutureCallback() {
    @Override
    public void onDone(Future f) {
      taskDone((Task) f);
    }

    @Override
    public String label() {
      return "TaskGroup._on_task_done";
    }
  };

  AsyncTaskGroup(Runtime rt) {
    this.rt = rt;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private String repr() {
    StringBuilder info = new StringBuilder();
    if (!tasks.isEmpty()) {
      info.append(" tasks=").append(tasks.size());
    }
    if (errors != null && !errors.isEmpty()) {
      info.append(" errors=").append(errors.size());
    }
    if (aborting) {
      info.append(" cancelling");
    } else if (entered) {
      info.append(" entered");
    }
    return "<TaskGroup" + info + ">";
  }

  AsyncOp enter() {
    return Primitives.now("__aenter__", () -> {
      if (entered) {
        throw Errors.runtimeError("TaskGroup " + repr() + " has already been entered");
      }
      if (loop == null) {
        loop = Tasks.runningLoop(rt);
      }
      parent = loop.currentTask();
      if (parent == null) {
        throw Errors.runtimeError("TaskGroup " + repr() + " cannot determine the parent task");
      }
      entered = true;
      return this;
    });
  }

  private static boolean isBaseError(ScenarioException e) {
    PyException p = (PyException) e;
    return p.isInstance(Types.SYSTEM_EXIT) || p.isInstance(Types.KEYBOARD_INTERRUPT);
  }

  AsyncOp exit(Object et, Object exc) {
    return new AsyncOp("__aexit__") {
      private ScenarioException propagateCancellation;

      @Override
      protected Next begin() {
        exiting = true;
        if (exc instanceof PyException e && isBaseError(e) && baseError == null) {
          baseError = e;
        }
        propagateCancellation = et == Types.CANCELLED_ERROR ? (PyException) exc : null;
        if (parentCancelRequested && parent.uncancel() == 0) {
          propagateCancellation = null;
        }
        if (et != PyNone.NONE && !aborting) {
          abort();
        }
        return drain();
      }

      private Next drain() {
        if (!tasks.isEmpty()) {
          if (onCompleted == null) {
            onCompleted = new Future(loop).withWaitKind(corosim.trace.WaitKind.TASK);
          }
          return await(onCompleted, (v, err) -> {
            if (err != null) {
              if (!Primitives.isCancelled(err)) {
                return fail(err);
              }
              if (!aborting) {
                propagateCancellation = err;
                abort();
              }
            }
            onCompleted = null;
            return drain();
          });
        }
        if (baseError != null) {
          return fail(baseError);
        }
        if (propagateCancellation != null && errors.isEmpty()) {
          return fail(propagateCancellation);
        }
        if (et != PyNone.NONE && et != Types.CANCELLED_ERROR) {
          errors.add((PyException) exc);
        }
        if (!errors.isEmpty()) {
          PyException group = exceptionGroup("unhandled errors in a TaskGroup", errors);
          group.setCause(null);
          errors = null;
          return fail(group);
        }
        return done(PyNone.NONE);
      }
    };
  }

  /** {@code BaseExceptionGroup(msg, errors)}: an ExceptionGroup when all are Exceptions. */
  static PyException exceptionGroup(String message, List<ScenarioException> errors) {
    boolean allExceptions = true;
    for (ScenarioException e : errors) {
      allExceptions &= ((PyException) e).isInstance(Types.EXCEPTION);
    }
    PyType t = allExceptions ? Types.EXCEPTION_GROUP : Types.BASE_EXCEPTION_GROUP;
    return (PyException) corosim.vm.Ops.call(t, message, new corosim.vm.PyList(errors.toArray()));
  }

  Task createTask(Object coro, Object name) {
    if (!entered) {
      throw Errors.runtimeError("TaskGroup " + repr() + " has not been entered");
    }
    if (exiting && tasks.isEmpty()) {
      throw Errors.runtimeError("TaskGroup " + repr() + " is finished");
    }
    if (aborting) {
      throw Errors.runtimeError("TaskGroup " + repr() + " is shutting down");
    }
    Task task = Tasks.create(loop, coro, null);
    if (name != PyNone.NONE) {
      task.setName(Repr.str(name));
    }
    task.addDoneCallback(onTaskDone);
    tasks.add(task);
    return task;
  }

  private void abort() {
    aborting = true;
    for (Task t : new ArrayList<>(tasks)) {
      if (!t.done()) {
        t.cancel(null);
      }
    }
  }

  private void taskDone(Task task) {
    tasks.remove(task);
    if (onCompleted != null && tasks.isEmpty() && !onCompleted.done()) {
      onCompleted.setResult(true);
    }
    if (task.cancelled()) {
      return;
    }
    ScenarioException exc = task.exception();
    if (exc == null) {
      return;
    }
    errors.add(exc);
    if (isBaseError(exc) && baseError == null) {
      baseError = exc;
    }
    if (parent.done()) {
      loop.callExceptionHandler(new ErrorContext("Task " + Repr.repr(task)
          + " has errored out but its parent task " + Repr.str(parent) + " is already completed",
          exc, task, null));
      return;
    }
    if (!aborting && !parentCancelRequested) {
      abort();
      parentCancelRequested = true;
      parent.cancel(null);
    }
  }

  static {
    TYPE.setConstructor((a, k) -> new AsyncTaskGroup(Runtime.current()));
    TYPE.method("__aenter__", (a, k) -> ((AsyncTaskGroup) a[0]).enter());
    TYPE.method("__aexit__", (a, k) -> ((AsyncTaskGroup) a[0]).exit(a[1], a[2]));
    TYPE.method("create_task", (a, k) -> ((AsyncTaskGroup) a[0]).createTask(a[1],
        Args.keyword("create_task", java.util.Arrays.copyOfRange(a, 2, a.length), k, "name",
            PyNone.NONE, "context")));
    TYPE.method("__repr__", (a, k) -> ((AsyncTaskGroup) a[0]).repr());
  }

}
