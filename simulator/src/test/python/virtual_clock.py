"""Run a Python asyncio program under CPython's own asyncio, on a virtual clock.

This is corosim's fidelity reference: a scenario's output under corosim must
equal what this runner prints for it, line for line and stamp for stamp.

    python3 virtual_clock.py [--stamp] FILE [ARG ...]

FILE runs as ``__main__`` (runpy), its directory first on sys.path, sys.argv
set to [FILE, ARG ...]. What is virtual, and how:

* One process-wide clock, a float of seconds from 0.0.
* Every event loop the program makes (asyncio.run, new_event_loop,
  get_event_loop, Runner, a subclass of asyncio.SelectorEventLoop) is a
  SelectorEventLoop whose time() reads the clock. The loop's _run_once is
  CPython's; only its selector's select(timeout) is replaced: with a timer
  pending and nothing ready the clock jumps to the earliest live timer's
  deadline exactly (now = max(now, head.when)); with nothing ready and no
  timer (timeout None) the program is deadlocked.
* Timers with equal deadlines fire in the order they were scheduled:
  call_at (the only place CPython 3.11 makes a TimerHandle) gives each
  handle a sequence number and the heap compares (when, seq). CPython's own
  heap compares `when` only and is unstable for ties.
* time.sleep(d) adds d to the clock at once (the loop is blocked meanwhile,
  as with the real call); time.monotonic/perf_counter read the clock;
  time.time reads 1700000000.0 + the clock; the _ns variants likewise.
* The executor (run_in_executor, to_thread, getaddrinfo) is not modelled:
  using it ends the run with a message on stderr and exit code 4.

Output. Plain: the program's stdout untouched. --stamp: each line written
to stdout is printed as '%.6f\\t%s' % (t, line), t the virtual time at which
its newline was written; a trailing partial line is stamped with the end
time; then '# elapsed %.6f' with the end time, also after an uncaught
exception (traceback on stderr as Python prints it) or SystemExit.

Exit codes: the program's own (0; SystemExit(n) -> n), 1 for an uncaught
exception, 2 usage, 3 deadlock ('# DEADLOCK %.6f' on stdout with --stamp,
on stderr without, pending tasks listed on stderr), 4 executor used.
With --stamp stdout is UTF-8 whatever the locale. What the environment could
still change (str hashes, debug mode) the Java side pins: PythonReference runs
this with PYTHONHASHSEED=0 and without PYTHONASYNCIODEBUG/PYTHONDEVMODE.
"""

import asyncio
import asyncio.events
import asyncio.unix_events
import heapq
import itertools
import os
import runpy
import selectors
import sys
import time

EXIT_DEADLOCK = 3
EXIT_UNSUPPORTED = 4
EPOCH = 1700000000.0

_real_stdout = sys.stdout
_stamping = False
_sequence = itertools.count()


class _Clock:
    """The one virtual clock. Only ever moves forward."""

    now = 0.0


# ---------------------------------------------------------------- time module

def _monotonic():
    return _Clock.now


def _monotonic_ns():
    return round(_Clock.now * 1_000_000_000)


def _time():
    return EPOCH + _Clock.now


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
    """Text stream that prints each completed line with the virtual time of its newline."""

    def __init__(self, out):
        self._out = out
        self._partial = []

    def write(self, s):
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
            self._out.write('%.6f\t%s\n' % (_Clock.now, line))
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
        return self._out.encoding

    @property
    def errors(self):
        return self._out.errors

    @property
    def closed(self):
        return False


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


def _die(code):
    _finish_stdout()
    try:
        _real_stdout.flush()
    finally:
        sys.stderr.flush()
        os._exit(code)


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
        return _Clock.now

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

    def run_in_executor(self, executor, func, *args):
        name = getattr(func, '__qualname__', type(func).__name__)
        _unsupported(f'executor not supported by the reference runner yet '
                     f'(run_in_executor of {name} at {_Clock.now:.6f})')

    def set_default_executor(self, executor):
        _unsupported('executor not supported by the reference runner yet (set_default_executor)')


class VirtualEventLoopPolicy(asyncio.unix_events.DefaultEventLoopPolicy):
    """The default policy, making virtual loops."""

    _loop_factory = _UnixSelectorEventLoop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


def _unsupported(message):
    sys.stderr.write(f'virtual_clock.py: {message}\n')
    _die(EXIT_UNSUPPORTED)


def _deadlock(loop):
    _report('# DEADLOCK %.6f' % _Clock.now)
    lines = ['virtual_clock.py: deadlock at %.6f: nothing ready, no timer, no I/O' % _Clock.now]
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
    sys.excepthook(type(exc), exc, exc.__traceback__)


def main(argv):
    global _stamping
    args = list(argv)
    if args and args[0] == '--stamp':
        _stamping = True
        args.pop(0)
    if not args or args[0].startswith('-'):
        sys.stderr.write('usage: virtual_clock.py [--stamp] FILE [ARG ...]\n')
        return 2
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
    _finish_stdout()
    if _stamping:
        sys.stdout = _real_stdout
        _real_stdout.write('# elapsed %.6f\n' % _Clock.now)
    _real_stdout.flush()
    return code


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
