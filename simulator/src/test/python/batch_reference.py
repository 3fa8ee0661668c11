"""Run many programs through the reference runner in one python3 process.

    python3 batch_reference.py FILE.py [FILE.py ...]

Same as running ``virtual_clock.py --stamp FILE.py`` for each file, but asyncio is
imported once: each program runs in a child forked from this process (a fresh
virtual clock, Task-N counter and loop policy, exactly as a new process would
have, since this process never runs a program itself). For each FILE.py it
writes FILE.stdout, FILE.stderr, FILE.steps (the --steps lines) and FILE.exit (the exit
code) beside it.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import asyncio  # noqa: E402,F401  imported once, before forking
import virtual_clock  # noqa: E402


def run_one(path):
    base = path[:-3] if path.endswith('.py') else path
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            out = os.open(base + '.stdout', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            err = os.open(base + '.stderr', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(out, 1)
            os.dup2(err, 2)
            code = virtual_clock.main(['--stamp', '--steps', base + '.steps', path])
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # the runner itself failed: say so, as python3 would
            import traceback
            traceback.print_exc()
            sys.stderr.flush()
            code = 70
        os._exit(code if isinstance(code, int) else 1)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    with open(base + '.exit', 'w') as f:
        f.write('%d\n' % code)


def main(argv):
    for path in argv:
        run_one(path)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
