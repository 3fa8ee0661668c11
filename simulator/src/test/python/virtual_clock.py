"""Run a Python asyncio program under CPython's own asyncio, on a virtual clock.

This is corosim's fidelity reference: a scenario's output under corosim must
equal what this runner prints for it, line for line and stamp for stamp, and
its task steps must equal the steps this runner records.

    python3 virtual_clock.py [--stamp] [--steps STEPS_FILE] FILE [ARG ...]

FILE runs as ``__main__`` (runpy), its directory first on sys.path, sys.argv
set to [FILE, ARG ...]. CPython's own scheduling code runs; the runner only
replaces what is real (clock, threads) and what CPython leaves to memory
addresses (set order). Each rule has a name; a message the runner adds on
stderr starts with 'virtual_clock.py [rule]:'.

[clock] One process-wide clock, a float of seconds from 0.0. Every event loop
  the program makes (asyncio.run, new_event_loop, get_event_loop, Runner, a
  subclass of asyncio.SelectorEventLoop) is a SelectorEventLoop whose time()
  reads the clock. The loop's _run_once is CPython's; only its selector's
  select(timeout) is replaced: with a timer pending and nothing ready the
  clock jumps to the earliest live timer's deadline exactly
  (now = max(now, head.when)).
[deadlock] With nothing ready and no timer (timeout None) the program is
  deadlocked: '# DEADLOCK t', pending tasks listed on stderr, exit 3.
[timers] Timers with equal deadlines fire in the order they were scheduled:
  call_at (the only place CPython 3.11 makes a TimerHandle) gives each handle
  a sequence number and the heap compares (when, seq). CPython's own heap
  compares `when` only and is unstable for ties.
[time] time.sleep(d) adds d to the clock at once (the loop is blocked
  meanwhile, as with the real call); time.monotonic/perf_counter read the
  clock; time.time reads 1700000000.0 + the clock; the _ns variants likewise.
  Inside an executor job all of these use the job's own clock (below).
[steps] Tasks are CPython's pure-Python Task (asyncio.tasks._PyTask; the C
  Task cannot be hooked): asyncio.Task and the Task loop.create_task makes
  are it. With --steps, every call of a task's step (Task.__step, also via
  __wakeup, also a step that only throws CancelledError into an unstarted
  coroutine) writes '%.6f\\t<task name>' -- the clock when the step starts,
  the task's name at that moment -- to STEPS_FILE, one line each, nothing
  else in that file. The two internal shutdown tasks of asyncio.run (their
  coroutines BaseEventLoop.shutdown_asyncgens and
  BaseEventLoop.shutdown_default_executor) are not written; they still
  consume their Task-N numbers. Tracebacks and warnings stay on stderr. The
  file is written when the run ends, also on a deadlock or exit 4.
  The Python Task schedules exactly as the C Task; what differed is hidden:
  its __step/__wakeup and the Python Future's result/__await__ are C code
  (no frame) with the C Task, so their frames are cut out of the tracebacks
  a step stores or receives and skipped by the traceback module; otherwise
  they would show in printed tracebacks and, through their f_back, keep
  finished tasks alive ('Task exception was never retrieved' logged late).
  The callback a waiting task adds to a future is named Task.task_wakeup in
  reprs, as the C Task's.
[order] Where CPython iterates a set of tasks (memory-address order), the
  runner uses creation/argument order, corosim's fixed rule:
  - asyncio.all_tasks() returns an OrderedSet (below) in task creation
    order; asyncio.run's shutdown cancels (and gathers) the tasks still
    pending in that order (runners._cancel_all_tasks calls all_tasks);
  - TaskGroup keeps its tasks in an OrderedSet: siblings are cancelled in
    creation order;
  - asyncio.wait() returns (done, pending) OrderedSets in the order of the
    input futures (first occurrence), and registers its callbacks in that
    order;
  - as_completed(fs) makes tasks for the coroutines of fs in argument order
    and registers its callbacks (so handles already-done futures) in that
    order.
  An OrderedSet is a set (collections.abc.MutableSet: in, len, iteration,
  add/discard/remove/pop/clear, copy, update, union/intersection/difference,
  the operators, comparisons with sets) that iterates in insertion order; its
  repr is a set's ({a, b} or set()), its type is not `set`.
[executor] No thread is ever started. concurrent.futures.ThreadPoolExecutor
  is a virtual pool; the default executor of run_in_executor(None, ...) and
  asyncio.to_thread is one with min(32, cpus + 4) workers, cpus fixed to 4
  (8 workers) whatever os.cpu_count() says; ThreadPoolExecutor(max_workers=N)
  has N, ThreadPoolExecutor() 8.
  - A job submitted at virtual time t starts at max(t, the time a worker
    becomes free); jobs wait FIFO. A worker counts as free again once the
    loop has run the completion of its job (below); a job it then takes
    starts at max(its submission, the end of the job that freed it).
  - The job's code runs in full, synchronously, in the main thread, when the
    job starts: right inside the submitting step if a worker is free, else
    inside the completion that frees a worker. It runs in a fresh empty
    contextvars context with no running loop, as in a new thread.
  - The job has its own clock, starting at its start time; time.sleep(d) in
    the job adds d to the job's clock, not to the loop's (code takes no
    time); the job ends at its clock's final value (start + d1 + d2 + ...,
    added in that order).
  - Lines the job prints are stamped with the job's clock at their newline
    (a last unterminated line with the job's end) and are written when the
    job's completion is delivered, in the order printed, as whole lines
    (without --stamp: the text, when delivered). stderr is not held back.
  - The completion (result or exception) is delivered as a timer due at the
    job's end, ordered with the other timers by (deadline, sequence). It
    stands for CPython's thread-safe handle: it completes the
    concurrent.futures.Future, whose done callback (_chain_future's
    _call_set_state) hands _set_state to loop.call_soon_threadsafe, which
    runs it right there. So the asyncio future is set when the timer runs
    (iteration m) and the awaiting task resumes at m+1. Then the freed worker
    takes the next queued job, which starts at max(its submission, this
    job's end).
  - Cancelling the asyncio future of a job that has not started cancels the
    job: it never runs. (CPython's _chain_future cancels the pool future in
    a done callback of the asyncio future, i.e. one iteration later; a job
    that starts before that runs, and its result is dropped.)
  - loop.shutdown_default_executor() (asyncio.run's end) completes like a
    job: a timer at max(its call, the last job's end), set when it is called
    if no job is pending, else when the last job's completion is delivered;
    that timer hands future.set_result to call_soon_threadsafe.
  - pool.shutdown(wait=True) with jobs pending blocks the calling thread:
    queued jobs start as workers free up (their code runs now), the clock
    moves to the last job's end (as time.sleep would), completions stay
    timers (delivered at once if their loop is closed). At exit, jobs not yet
    delivered are drained the same way and delivered (CPython joins the
    workers at exit).
  - Not modelled (message, exit 4): a job that calls into or waits on the
    loop (call_soon_threadsafe, run_coroutine_threadsafe, running a loop,
    run_in_executor or submit from the job), a blocking wait on a pending
    concurrent future (result()/exception() with no or a positive timeout,
    concurrent.futures.wait/as_completed), submit outside a running loop,
    ThreadPoolExecutor(initializer=...), other executors (ProcessPool...).
    threading.current_thread() in a job is the main thread.

Where CPython is patched (everything else is CPython 3.11's own code):
  time.monotonic/_ns, perf_counter/_ns, time/_ns, sleep            [time]
  asyncio.SelectorEventLoop (+ unix_events, the default policy's factory,
    the policy): a subclass with time(), call_at (sequenced TimerHandle),
    run_in_executor (checks, then CPython's), call_soon_threadsafe (runs
    inline while a job completion is delivered; refused inside a job),
    run_forever (refused inside a job), shutdown_default_executor
    (replaced), and a virtual selector                   [clock][executor]
  asyncio.Task, asyncio.tasks.Task -> asyncio.tasks._PyTask, whose
    _Task__step is wrapped (record; strip tracebacks) and whose
    _Task__wakeup.__qualname__ is 'Task.task_wakeup'              [steps]
  traceback.walk_tb, traceback._walk_tb_with_full_positions: skip the
    Python Task/Future frames; the runner's own uncaught-exception print
    strips them too                                               [steps]
  asyncio.tasks._all_tasks/_register_task/_unregister_task (+ asyncio.*):
    an insertion-ordered weak registry                            [order]
  asyncio.all_tasks, asyncio.wait, asyncio.as_completed (+ tasks.*),
    asyncio.TaskGroup (+ taskgroups.*): ordered versions          [order]
  concurrent.futures.ThreadPoolExecutor (+ .thread.*): the virtual pool;
    concurrent.futures.Future.result/exception, concurrent.futures.wait/
    as_completed: refuse to block on a pending future          [executor]

Output. Plain: the program's stdout untouched. --stamp: each line written
to stdout is printed as '%.6f\\t%s' % (t, line), t the virtual time at which
its newline was written; a trailing partial line is stamped with the end
time; then '# elapsed %.6f' with the end time, also after an uncaught
exception (traceback on stderr as Python prints it) or SystemExit.

Exit codes: the program's own (0; SystemExit(n) -> n), 1 for an uncaught
exception, 2 usage, 3 deadlock ('# DEADLOCK %.6f' on stdout with --stamp,
on stderr without, pending tasks listed on stderr), 4 something the model
does not cover (see [executor]). With --stamp stdout is UTF-8 whatever the
locale. What the environment could still change (str hashes, debug mode)
the Java side pins: PythonReference runs this with PYTHONHASHSEED=0 and
without PYTHONASYNCIODEBUG/PYTHONDEVMODE.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.futures
import asyncio.runners
import asyncio.taskgroups
import asyncio.tasks
import asyncio.unix_events
import collections
import collections.abc
import concurrent.futures
import concurrent.futures._base
import concurrent.futures.thread
import contextvars
import heapq
import io
import itertools
import os
import runpy
import selectors
import sys
import time
import traceback
import weakref

EXIT_DEADLOCK = 3
EXIT_UNSUPPORTED = 4
EPOCH = 1700000000.0
CPUS = 4  # [executor] the default pool has min(32, CPUS + 4) workers

_real_stdout = sys.stdout
_stamping = False
_sequence = itertools.count()
_steps = None       # [steps] the step lines, when --steps
_steps_file = None
_job = None         # [executor] the job whose code is running, if any


class _Clock:
    """The one virtual clock. Only ever moves forward."""

    now = 0.0


def _now():
    """The clock of the running code: the loop's, or the running job's."""
    job = _job
    return _Clock.now if job is None else job.clock


# ---------------------------------------------------------------- time module

def _monotonic():
    return _now()


def _monotonic_ns():
    return round(_now() * 1_000_000_000)


def _time():
    return EPOCH + _now()


def _time_ns():
    return int(EPOCH) * 1_000_000_000 + _monotonic_ns()


def _sleep(secs):
    if isinstance(secs, (str, bytes, bytearray)) or not hasattr(secs, '__float__'):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    value = float(secs)
    if value != value:
        raise ValueError('Invalid value NaN (not a number)')
    if value < 0:
        raise ValueError('sleep length must be non-negative')
    job = _job
    if job is not None:
        # [executor] a job's sleep adds to the job's duration only.
        job.clock = job.clock + value
    else:
        # Blocks the whole thread, hence the loop: the clock moves, nothing runs.
        _Clock.now = _Clock.now + value


def _patch_time():
    for fake, name in ((_monotonic, 'monotonic'), (_monotonic_ns, 'monotonic_ns'),
                       (_time, 'time'), (_time_ns, 'time_ns'), (_sleep, 'sleep')):
        fake.__name__ = fake.__qualname__ = name
    time.monotonic = _monotonic
    time.monotonic_ns = _monotonic_ns
    time.perf_counter = _monotonic
    time.perf_counter_ns = _monotonic_ns
    time.time = _time
    time.time_ns = _time_ns
    time.sleep = _sleep


# ------------------------------------------------------------------ stdout

class _StampedStdout:
    """Text stream that prints each completed line with the virtual time of its newline.

    The program's stream (follows_jobs) hands what a running job writes to that
    job's own stream, so that a reference to sys.stdout kept by the program
    still stamps job lines with the job's clock.
    """

    def __init__(self, out, follows_jobs=True):
        self._out = out
        self._partial = []
        self._follows_jobs = follows_jobs

    def write(self, s):
        job = _job
        if job is not None and self._follows_jobs:
            return job.out.write(s)
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        rest = s
        while True:
            i = rest.find('\n')
            if i < 0:
                break
            self._partial.append(rest[:i])
            line = ''.join(self._partial)
            self._partial = []
            self._out.write('%.6f\t%s\n' % (_now(), line))
            rest = rest[i + 1:]
        if rest:
            self._partial.append(rest)
        return len(s)

    def finish(self):
        """Print a pending partial line, stamped now."""
        if self._partial:
            self.write('\n')
        self._out.flush()

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    @property
    def encoding(self):
        return getattr(self._out, 'encoding', 'utf-8')

    @property
    def errors(self):
        return getattr(self._out, 'errors', 'strict')

    @property
    def closed(self):
        return False


class _Collected:
    """Where a job's stamped lines wait for the job's completion."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def _finish_stdout():
    out = sys.stdout
    if isinstance(out, _StampedStdout):
        out.finish()
    else:
        try:
            out.flush()
        except Exception:
            pass


def _report(line):
    """Write a runner line: on stdout among the stamped lines, else on stderr."""
    _finish_stdout()
    if _stamping:
        _real_stdout.write(line + '\n')
        _real_stdout.flush()
    else:
        sys.stderr.write(line + '\n')


def _message(rule, text):
    """A line the runner adds on stderr, naming the rule that produced it."""
    sys.stderr.write(f'virtual_clock.py [{rule}]: {text}\n')


def _write_steps():
    global _steps_file
    if _steps_file is not None:
        try:
            _steps_file.write(''.join(_steps))
            _steps_file.close()
        finally:
            _steps_file = None


def _die(code):
    _finish_stdout()
    try:
        _real_stdout.flush()
        _write_steps()
    finally:
        sys.stderr.flush()
        os._exit(code)


def _unsupported(rule, text):
    _message(rule, f'not modelled: {text}')
    _die(EXIT_UNSUPPORTED)


def _callable_name(fn):
    inner = getattr(fn, 'func', None)  # functools.partial (to_thread wraps ctx.run)
    if inner is not None and getattr(fn, 'args', None):
        if getattr(inner, '__name__', None) == 'run' and callable(fn.args[0]):
            inner = fn.args[0]
        return _callable_name(inner)
    return getattr(fn, '__qualname__', None) or type(fn).__name__


# ------------------------------------------------------------------- steps

_PyTask = asyncio.tasks._PyTask
_py_task_step = _PyTask._Task__step
_SHUTDOWN_COROUTINES = frozenset(('BaseEventLoop.shutdown_asyncgens',
                                  'BaseEventLoop.shutdown_default_executor'))


def _task_step(self, exc=None):
    """[steps] Task.__step of the pure-Python Task, recording each step."""
    steps = _steps
    if steps is not None and getattr(self._coro, '__qualname__', None) not in _SHUTDOWN_COROUTINES:
        steps.append('%.6f\t%s\n' % (_Clock.now, self.get_name()))
    if exc is not None:
        _strip_exception(exc)
    _py_task_step(self, exc)
    # What the step stored keeps no frame of the Python Task (see _HIDDEN_CODES).
    if self._exception is not None:
        self._exception_tb = _strip_exception(self._exception)
    if self._cancelled_exc is not None:
        _strip_exception(self._cancelled_exc)


_task_step.__name__ = _py_task_step.__name__
_task_step.__qualname__ = _py_task_step.__qualname__


def _hidden_codes():
    """Code of the pure-Python Task and Future: C code (no frame) with the C Task."""
    codes = {_task_step.__code__, _py_task_step.__code__}
    for cls in (_PyTask, asyncio.futures._PyFuture):
        for value in vars(cls).values():
            for fn in (value, getattr(value, '__func__', None),
                       getattr(value, 'fget', None), getattr(value, 'fset', None)):
                code = getattr(fn, '__code__', None)
                if code is not None:
                    codes.add(code)
    return frozenset(codes)


_HIDDEN_CODES = _hidden_codes()


def _strip_tb(tb):
    """The traceback without entries of the Python Task/Future, relinked in place."""
    head = last = None
    while tb is not None:
        following = tb.tb_next
        if tb.tb_frame.f_code not in _HIDDEN_CODES:
            if last is None:
                head = tb
            else:
                last.tb_next = tb
            last = tb
        tb = following
    if last is not None and last.tb_next is not None:
        last.tb_next = None
    return head


def _strip_exception(exc):
    """Strip exc's traceback (and its causes' and contexts'); return exc's new traceback.

    With the C Task, Task.__step/__wakeup and Future.result/__await__ are C and
    leave no frame in a traceback. The Python Task's frames would show in
    printed tracebacks and, through their f_back, keep tasks alive (delaying
    'Task exception was never retrieved').
    """
    seen = set()
    top = exc
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        tb = exc.__traceback__
        if tb is not None:
            exc.__traceback__ = _strip_tb(tb)
        for linked in (exc.__cause__,):
            if linked is not None and id(linked) not in seen and linked.__traceback__ is not None:
                linked.__traceback__ = _strip_tb(linked.__traceback__)
        exc = exc.__context__
    return top.__traceback__


_real_walk_tb = traceback.walk_tb
_real_walk_tb_with_full_positions = traceback._walk_tb_with_full_positions


def _walk_tb(tb):
    for frame, lineno in _real_walk_tb(tb):
        if frame.f_code not in _HIDDEN_CODES:
            yield frame, lineno


def _walk_tb_with_full_positions(tb):
    for frame, positions in _real_walk_tb_with_full_positions(tb):
        if frame.f_code not in _HIDDEN_CODES:
            yield frame, positions


_walk_tb.__name__ = _walk_tb.__qualname__ = 'walk_tb'
_walk_tb.__doc__ = _real_walk_tb.__doc__
_walk_tb_with_full_positions.__name__ = '_walk_tb_with_full_positions'
_walk_tb_with_full_positions.__qualname__ = '_walk_tb_with_full_positions'


# ------------------------------------------------------------------- order

class OrderedSet(collections.abc.MutableSet):
    """[order] A set that iterates in insertion order (dict-backed)."""

    __slots__ = ('_items',)
    __hash__ = None

    def __init__(self, iterable=()):
        self._items = dict.fromkeys(iterable)

    @classmethod
    def _from_iterable(cls, iterable):
        return cls(iterable)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        if not self._items:
            return 'set()'
        return '{' + ', '.join(map(repr, self._items)) + '}'

    def add(self, item):
        self._items[item] = None

    def discard(self, item):
        self._items.pop(item, None)

    def remove(self, item):
        del self._items[item]

    def pop(self):
        if not self._items:
            raise KeyError('pop from an empty set')
        item = next(iter(self._items))
        del self._items[item]
        return item

    def clear(self):
        self._items.clear()

    def copy(self):
        return OrderedSet(self._items)

    __copy__ = copy

    def update(self, *others):
        for other in others:
            for item in other:
                self._items[item] = None

    def union(self, *others):
        result = self.copy()
        result.update(*others)
        return result

    def intersection(self, *others):
        others = [o if isinstance(o, (set, frozenset, OrderedSet)) else set(o) for o in others]
        return OrderedSet(x for x in self._items if all(x in o for o in others))

    def intersection_update(self, *others):
        self._items = self.intersection(*others)._items

    def difference(self, *others):
        others = [o if isinstance(o, (set, frozenset, OrderedSet)) else set(o) for o in others]
        return OrderedSet(x for x in self._items if not any(x in o for o in others))

    def difference_update(self, *others):
        self._items = self.difference(*others)._items

    def symmetric_difference(self, other):
        other = OrderedSet(other)
        return OrderedSet([x for x in self._items if x not in other]
                          + [x for x in other if x not in self._items])

    def symmetric_difference_update(self, other):
        self._items = self.symmetric_difference(other)._items

    def issubset(self, other):
        return all(x in other for x in self._items) if isinstance(
            other, collections.abc.Set) else self.issubset(set(other))

    def issuperset(self, other):
        return all(x in self._items for x in other)

    def __and__(self, other):
        if not isinstance(other, collections.abc.Set):
            return NotImplemented
        return OrderedSet(x for x in self._items if x in other)

    __rand__ = __and__


class _TaskRegistry:
    """[order] asyncio's weak registry of live tasks (a WeakSet in CPython), in creation order."""

    def __init__(self):
        self._tasks = weakref.WeakKeyDictionary()

    def add(self, task):
        self._tasks[task] = None

    def discard(self, task):
        self._tasks.pop(task, None)

    def __iter__(self):
        return iter(list(self._tasks))

    def __len__(self):
        return len(self._tasks)


_all_tasks = _TaskRegistry()


def _register_task(task):
    """Register a new task in asyncio as executed by loop."""
    _all_tasks.add(task)


def _unregister_task(task):
    """Unregister a task."""
    _all_tasks.discard(task)


def all_tasks(loop=None):
    """Return a set of all tasks for the loop (creation order)."""
    if loop is None:
        loop = asyncio.events.get_running_loop()
    return OrderedSet(t for t in list(_all_tasks)
                      if asyncio.futures._get_loop(t) is loop and not t.done())


async def wait(fs, *, timeout=None, return_when=asyncio.tasks.ALL_COMPLETED):
    """CPython 3.11.7's asyncio.wait, the set of futures kept in argument order."""
    tasks = asyncio.tasks
    if asyncio.futures.isfuture(fs) or asyncio.coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (tasks.FIRST_COMPLETED, tasks.FIRST_EXCEPTION, tasks.ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = OrderedSet(fs)

    if any(asyncio.coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = asyncio.events.get_running_loop()
    done, pending = await tasks._wait(fs, timeout, return_when, loop)
    return (OrderedSet(f for f in fs if f in done),
            OrderedSet(f for f in fs if f in pending))


def as_completed(fs, *, timeout=None):
    """CPython 3.11.7's asyncio.as_completed, with `todo` in argument order."""
    tasks = asyncio.tasks
    if asyncio.futures.isfuture(fs) or asyncio.coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from asyncio.queues import Queue  # Import here to avoid circular import problem.
    done = Queue()

    loop = asyncio.events._get_event_loop()
    todo = OrderedSet(tasks.ensure_future(f, loop=loop) for f in OrderedSet(fs))
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # Queue a dummy value for _wait_for_one().
        todo.clear()  # Can't do todo.remove(f) in the loop.

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # Dummy value from _on_timeout().
            raise asyncio.exceptions.TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


for _f, _real in ((wait, asyncio.tasks.wait), (as_completed, asyncio.tasks.as_completed),
                  (all_tasks, asyncio.tasks.all_tasks)):
    _f.__module__ = _real.__module__
    _f.__doc__ = _real.__doc__


class TaskGroup(asyncio.taskgroups.TaskGroup):
    """[order] CPython's TaskGroup, its tasks in an OrderedSet (aborts in creation order)."""

    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        super().__init__()
        self._tasks = OrderedSet()


def _patch_order():
    asyncio.tasks.Task = asyncio.Task = _PyTask
    _PyTask._Task__step = _task_step
    # Reprs of a future a task waits on name the callback as the C Task's does.
    _PyTask._Task__wakeup.__qualname__ = 'Task.task_wakeup'
    traceback.walk_tb = _walk_tb
    traceback._walk_tb_with_full_positions = _walk_tb_with_full_positions
    asyncio.tasks._all_tasks = _all_tasks
    asyncio.tasks._register_task = asyncio._register_task = _register_task
    asyncio.tasks._unregister_task = asyncio._unregister_task = _unregister_task
    asyncio.tasks.all_tasks = asyncio.all_tasks = all_tasks
    asyncio.tasks.wait = asyncio.wait = wait
    asyncio.tasks.as_completed = asyncio.as_completed = as_completed
    asyncio.taskgroups.TaskGroup = asyncio.TaskGroup = TaskGroup


# ---------------------------------------------------------------- executor

_RealThreadPoolExecutor = concurrent.futures.thread.ThreadPoolExecutor
_WorkItem = concurrent.futures.thread._WorkItem
_pools = []                 # weak references to every virtual pool, for the drain at exit
_submitting_loop = None     # the loop whose run_in_executor is submitting
_delivering_loop = None     # the loop whose call_soon_threadsafe runs inline now
_starts = itertools.count()


class _Job:
    __slots__ = ('pool', 'loop', 'future', 'fn', 'args', 'kwargs', 'submitted', 'order',
                 'clock', 'end', 'outcome', 'out', 'timer')

    def __init__(self, pool, loop, future, fn, args, kwargs):
        self.pool = pool
        self.loop = loop
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.submitted = _Clock.now
        self.order = None
        self.clock = None
        self.end = None
        self.outcome = None
        self.out = None
        self.timer = None


def _as_worker(loop, fn, *args):
    """Run fn as a worker thread would: what it hands to loop.call_soon_threadsafe runs now."""
    global _delivering_loop
    previous = _delivering_loop
    _delivering_loop = loop
    try:
        fn(*args)
    finally:
        _delivering_loop = previous


def _shutdown_done(loop, future):
    # CPython 3.11.7 BaseEventLoop._do_shutdown, after executor.shutdown(wait=True).
    if not loop.is_closed():
        loop.call_soon_threadsafe(future.set_result, None)


class ThreadPoolExecutor(_RealThreadPoolExecutor):
    """[executor] concurrent.futures.ThreadPoolExecutor as a virtual pool: no thread, ever."""

    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, CPUS + 4)
        super().__init__(max_workers, thread_name_prefix, initializer, initargs)
        if initializer is not None:
            _unsupported('executor', 'ThreadPoolExecutor(initializer=...)')
        self._queued = collections.deque()   # submitted, not started (FIFO)
        self._holding = []                    # started jobs that hold a worker
        self._undelivered = []                # started jobs whose completion is not delivered
        self._last_end = 0.0
        self._idle_waiters = []               # (loop, future, time) of shutdown_default_executor
        _pools.append(weakref.ref(self))

    def submit(self, fn, /, *args, **kwargs):
        if _job is not None:
            _unsupported('executor', f'job {_callable_name(_job.fn)}() submitted '
                                     f'{_callable_name(fn)} from its thread')
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        loop = _submitting_loop or asyncio.events._get_running_loop()
        if loop is None:
            _unsupported('executor', f'{_callable_name(fn)} submitted to an executor '
                                     f'outside a running event loop')
        future = concurrent.futures.Future()
        job = _Job(self, loop, future, fn, args, kwargs)
        if not self._queued and len(self._holding) < self._max_workers:
            self._start(job, _Clock.now)
        else:
            self._queued.append(job)
        return future

    submit.__doc__ = _RealThreadPoolExecutor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._queued:
                self._queued.popleft().future.cancel()
        if wait:
            self._drain(deliver_all=False)

    shutdown.__doc__ = _RealThreadPoolExecutor.shutdown.__doc__

    # -- the model

    def _start(self, job, at):
        """Start job at virtual time `at`: run its code now, schedule its completion."""
        if not job.future.set_running_or_notify_cancel():
            return False  # cancelled while queued: never runs
        job.order = next(_starts)
        job.clock = at
        self._run(job)
        job.end = job.clock
        self._holding.append(job)
        self._undelivered.append(job)
        if job.end > self._last_end:
            self._last_end = job.end
        if not job.loop.is_closed():
            job.timer = _UnixSelectorEventLoop.call_at(job.loop, job.end, self._on_timer, job)
        return True

    @staticmethod
    def _run(job):
        global _job
        running = asyncio.events._get_running_loop()
        saved_stdout = sys.stdout
        if _stamping:
            job.out = _StampedStdout(_Collected(), follows_jobs=False)
        else:
            job.out = io.StringIO()
            sys.stdout = job.out
        result = concurrent.futures.Future()
        asyncio.events._set_running_loop(None)
        _job = job
        try:
            # As in a worker thread: a fresh context, CPython's own work item.
            contextvars.Context().run(_WorkItem(result, job.fn, job.args, job.kwargs).run)
            if _stamping:
                job.out.finish()  # an unterminated last line: stamped with the job's end
        finally:
            _job = None
            asyncio.events._set_running_loop(running)
            if not _stamping:
                sys.stdout = saved_stdout
        job.outcome = result

    def _on_timer(self, job):
        """The completion timer of a job (CPython: the worker's thread-safe handle)."""
        job.timer = None
        self._deliver(job)
        if job in self._holding:
            self._holding.remove(job)
            while self._queued and len(self._holding) < self._max_workers:
                queued = self._queued.popleft()
                self._start(queued, max(queued.submitted, job.end))
        self._notify_if_idle()

    def _deliver(self, job):
        self._undelivered.remove(job)
        if _stamping:
            _real_stdout.write(''.join(job.out._out.parts))
        else:
            sys.stdout.write(job.out.getvalue())
        job.out = None
        outcome, job.outcome = job.outcome, None
        exception = outcome.exception()
        if exception is not None:
            _as_worker(job.loop, job.future.set_exception, exception)
        else:
            _as_worker(job.loop, job.future.set_result, outcome.result())

    def _notify_when_idle(self, loop, future):
        self._shutdown = True
        self._idle_waiters.append((loop, future, _Clock.now))
        self._notify_if_idle()

    def _notify_if_idle(self):
        if self._idle_waiters and not self._undelivered and not self._queued:
            waiters, self._idle_waiters = self._idle_waiters, []
            for loop, future, since in waiters:
                if not loop.is_closed():
                    _UnixSelectorEventLoop.call_at(loop, max(since, self._last_end), _as_worker,
                                                   loop, _shutdown_done, loop, future)

    def _drain(self, deliver_all):
        """Block the calling thread until every job has completed."""
        if not self._queued and not self._undelivered:
            return
        if _job is not None:
            _unsupported('executor', f'job {_callable_name(_job.fn)}() waited for an executor')
        while self._queued:
            if len(self._holding) >= self._max_workers:
                first = min(self._holding, key=lambda j: (j.end, j.order))
                self._holding.remove(first)
                free_at = first.end
            else:
                free_at = _Clock.now
            queued = self._queued.popleft()
            self._start(queued, max(queued.submitted, free_at))
        if self._undelivered:
            _Clock.now = max(_Clock.now, max(j.end for j in self._undelivered))
        for job in list(self._undelivered):
            if deliver_all or job.loop.is_closed():
                if job.timer is not None:
                    job.timer.cancel()
                    job.timer = None
                if job in self._holding:
                    self._holding.remove(job)
                self._deliver(job)
        self._notify_if_idle()


def _drain_at_exit():
    """CPython joins the pool's workers at exit: every job completes and prints."""
    for ref in list(_pools):
        pool = ref()
        if pool is not None:
            pool._drain(deliver_all=True)


_real_cf_result = concurrent.futures.Future.result
_real_cf_exception = concurrent.futures.Future.exception
_real_cf_wait = concurrent.futures.wait
_real_cf_as_completed = concurrent.futures.as_completed


def _refuse_blocking(what, pending, timeout):
    if pending and (timeout is None or timeout > 0):
        where = f'job {_callable_name(_job.fn)}()' if _job is not None else 'the main thread'
        _unsupported('executor', f'{what} in {where} on a pending concurrent future '
                                 f'would block the thread')


def _cf_result(self, timeout=None):
    _refuse_blocking('result()', not self.done(), timeout)
    return _real_cf_result(self, timeout)


def _cf_exception(self, timeout=None):
    _refuse_blocking('exception()', not self.done(), timeout)
    return _real_cf_exception(self, timeout)


def _cf_wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    _refuse_blocking('concurrent.futures.wait()', any(not f.done() for f in fs), timeout)
    return _real_cf_wait(fs, timeout, return_when)


def _cf_as_completed(fs, timeout=None):
    fs = list(fs)
    _refuse_blocking('concurrent.futures.as_completed()', any(not f.done() for f in fs), timeout)
    return _real_cf_as_completed(fs, timeout)


for _f, _real in ((_cf_result, _real_cf_result), (_cf_exception, _real_cf_exception),
                  (_cf_wait, _real_cf_wait), (_cf_as_completed, _real_cf_as_completed)):
    _f.__name__, _f.__qualname__, _f.__doc__ = _real.__name__, _real.__qualname__, _real.__doc__
    _f.__module__ = _real.__module__


def _patch_executor():
    concurrent.futures.ThreadPoolExecutor = ThreadPoolExecutor
    concurrent.futures.thread.ThreadPoolExecutor = ThreadPoolExecutor
    concurrent.futures.Future.result = _cf_result
    concurrent.futures.Future.exception = _cf_exception
    concurrent.futures.wait = concurrent.futures._base.wait = _cf_wait
    concurrent.futures.as_completed = concurrent.futures._base.as_completed = _cf_as_completed


# -------------------------------------------------------------------- loop

class TimerHandle(asyncio.events.TimerHandle):
    """CPython's TimerHandle, ordered by (when, scheduling sequence) in the heap.

    Named like CPython's so that reprs in output and logs stay the same.
    """

    __slots__ = ('_seq',)
    __module__ = 'asyncio.events'

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return super().__lt__(other)

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) <= (other._when, other._seq)
        return super().__le__(other)

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) > (other._when, other._seq)
        return super().__gt__(other)

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) >= (other._when, other._seq)
        return super().__ge__(other)


def _virtual_select(self, timeout=None):
    """select() of a virtual loop's selector: real events at once, else move the clock."""
    events = self._real_select(0)
    if events:
        return events
    loop = self._virtual_loop
    if timeout is None:
        _deadlock(loop)
    if timeout > 0 and loop._scheduled:
        # _run_once has popped cancelled timers off the head: this is the
        # earliest live deadline. Jump to it exactly, never backwards.
        _Clock.now = max(_Clock.now, loop._scheduled[0]._when)
    return events


_selector_classes = {}


def _make_virtual(selector, loop):
    cls = type(selector)
    if not getattr(cls, '_is_virtual', False):
        virtual = _selector_classes.get(cls)
        if virtual is None:
            # Same name as the real class: asyncio logs it at debug level.
            virtual = type(cls.__name__, (cls,), {
                '_is_virtual': True,
                '_real_select': cls.select,
                'select': _virtual_select,
                '__module__': cls.__module__,
            })
            _selector_classes[cls] = virtual
        selector.__class__ = virtual
    selector._virtual_loop = loop
    return selector


_RealSelectorEventLoop = asyncio.unix_events.SelectorEventLoop


class _UnixSelectorEventLoop(_RealSelectorEventLoop):
    """CPython's selector event loop on the virtual clock (named like CPython's for reprs)."""

    __module__ = 'asyncio.unix_events'

    def __init__(self, selector=None):
        if selector is None:
            selector = selectors.DefaultSelector()
        super().__init__(_make_virtual(selector, self))

    def time(self):
        return _now()

    def call_at(self, when, callback, *args, context=None):
        # CPython 3.11.7 BaseEventLoop.call_at, with the sequenced TimerHandle.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        timer._seq = next(_sequence)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        if _job is not None:
            _unsupported('executor', f'job {_callable_name(_job.fn)}() called into the loop from its '
                                     f'thread (call_soon_threadsafe of {_callable_name(callback)})')
        if _delivering_loop is self:
            # [executor] a job's completion: the thread-safe handle runs now, as
            # CPython's would at the iteration that delivers it.
            self._check_closed()
            handle = asyncio.events.Handle(callback, args, self, context)
            handle._run()
            return handle
        return super().call_soon_threadsafe(callback, *args, context=context)

    def run_forever(self):
        if _job is not None:
            _unsupported('executor', f'job {_callable_name(_job.fn)}() ran an event loop')
        return super().run_forever()

    def run_in_executor(self, executor, func, *args):
        global _submitting_loop
        if _job is not None:
            _unsupported('executor', f'job {_callable_name(_job.fn)}() called run_in_executor')
        if executor is not None and not isinstance(executor, ThreadPoolExecutor):
            _unsupported('executor', f'run_in_executor with a {type(executor).__name__} '
                                     f'(only ThreadPoolExecutor is modelled)')
        previous = _submitting_loop
        _submitting_loop = self
        try:
            return super().run_in_executor(executor, func, *args)
        finally:
            _submitting_loop = previous

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        # CPython 3.11.7, with the virtual pool in place of the shutdown thread.
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        self._default_executor._notify_when_idle(self, future)
        await future

    shutdown_default_executor.__qualname__ = 'BaseEventLoop.shutdown_default_executor'


class VirtualEventLoopPolicy(asyncio.unix_events.DefaultEventLoopPolicy):
    """The default policy, making virtual loops."""

    _loop_factory = _UnixSelectorEventLoop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


def _deadlock(loop):
    _report('# DEADLOCK %.6f' % _Clock.now)
    lines = ['virtual_clock.py [deadlock]: deadlock at %.6f: nothing ready, no timer, no I/O'
             % _Clock.now]
    try:
        for task in asyncio.all_tasks(loop):
            lines.append(f'  pending: {task!r}')
    except Exception:
        pass
    sys.stderr.write('\n'.join(lines) + '\n')
    _die(EXIT_DEADLOCK)


def install():
    """Patch time and asyncio so that everything the program makes is virtual."""
    _patch_time()
    _patch_order()
    _patch_executor()
    # A program that subclasses or names the selector loop gets the virtual one.
    asyncio.SelectorEventLoop = _UnixSelectorEventLoop
    asyncio.unix_events.SelectorEventLoop = _UnixSelectorEventLoop
    # set_event_loop_policy(None) falls back to a fresh default policy: virtual too.
    asyncio.unix_events.DefaultEventLoopPolicy._loop_factory = _UnixSelectorEventLoop
    asyncio.set_event_loop_policy(VirtualEventLoopPolicy())


# -------------------------------------------------------------------- main

def _exit_code(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f'{code}\n')
    return 1


def _print_exception(exc, filename):
    tb = exc.__traceback__
    # Drop the runner's and runpy's frames: start where `python3 FILE` would.
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    if tb is not None:
        exc.__traceback__ = tb  # the default hook prints the exception's own traceback
    _strip_exception(exc)
    sys.excepthook(type(exc), exc, exc.__traceback__)


USAGE = 'usage: virtual_clock.py [--stamp] [--steps STEPS_FILE] FILE [ARG ...]\n'


def main(argv):
    global _stamping, _steps, _steps_file
    args = list(argv)
    steps_path = None
    while args and args[0].startswith('-'):
        option = args.pop(0)
        if option == '--stamp':
            _stamping = True
        elif option == '--steps' and args:
            steps_path = args.pop(0)
        else:
            sys.stderr.write(USAGE)
            return 2
    if not args:
        sys.stderr.write(USAGE)
        return 2
    if steps_path is not None:
        _steps = []
        _steps_file = open(steps_path, 'w', encoding='utf-8', newline='\n')
    path = os.path.abspath(args[0])
    sys.argv = [args[0]] + args[1:]
    sys.path[0] = os.path.dirname(path)
    install()
    if _stamping:
        if sys.stdout.encoding.lower().replace('-', '') != 'utf8':
            sys.stdout.reconfigure(encoding='utf-8')
        sys.stdout = _StampedStdout(_real_stdout)
    code = 0
    try:
        runpy.run_path(path, run_name='__main__')
    except SystemExit as exc:
        code = _exit_code(exc)
    except BaseException as exc:
        _print_exception(exc, path)
        code = 1
    _drain_at_exit()
    _finish_stdout()
    if _stamping:
        sys.stdout = _real_stdout
        _real_stdout.write('# elapsed %.6f\n' % _Clock.now)
    _real_stdout.flush()
    _write_steps()
    return code


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
