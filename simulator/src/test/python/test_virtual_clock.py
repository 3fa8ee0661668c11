"""Self-test of the reference runner: python3 -m unittest (from this folder).

Each test writes a small program to a temporary folder and runs
virtual_clock.py on it in a child process, as corosim's Java tests do.
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'virtual_clock.py')


def run(source, stamp=True, steps=False):
    """Run `source` under the runner; return (exit code, stdout, stderr[, steps])."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'scenario.py')
        steps_path = os.path.join(folder, 'scenario.steps')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(textwrap.dedent(source))
        args = ([sys.executable, RUNNER] + (['--stamp'] if stamp else [])
                + (['--steps', steps_path] if steps else []) + [path])
        done = subprocess.run(args, capture_output=True, text=True, encoding='utf-8', timeout=60)
        if not steps:
            return done.returncode, done.stdout, done.stderr
        with open(steps_path, encoding='utf-8') as f:
            return done.returncode, done.stdout, done.stderr, f.read()


def run_both(source):
    """Run `source` with plain python3 (C Task, real clock) and under the plain runner."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'scenario.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(textwrap.dedent(source))
        return [subprocess.run(args + [path], capture_output=True, text=True,
                               encoding='utf-8', timeout=60)
                for args in ([sys.executable], [sys.executable, RUNNER])]


class VirtualClockTest(unittest.TestCase):
    """[clock] [deadlock] [timers] [time] and the output format."""


    def test_clockJump_landsOnTheDeadlineExactly(self):
        code, out, err = run("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.sleep(2.5)
                print("after sleep", loop.time())
                await asyncio.sleep(3 * 86400)      # beyond select's 24 h cap
                print("after three days", loop.time() == 2.5 + 3 * 86400)
            asyncio.run(main())
            """)
        self.assertEqual((code, err), (0, ''))
        self.assertEqual(out, '2.500000\tafter sleep 2.5\n'
                              '259202.500000\tafter three days True\n'
                              '# elapsed 259202.500000\n')

    def test_equalDeadlines_fireInSchedulingOrder(self):
        code, out, _ = run("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                out = []
                when = loop.time() + 1
                for i in range(10):
                    loop.call_at(when, out.append, i)
                for i in range(10, 15):
                    loop.call_later(1, out.append, i)
                await asyncio.sleep(1)
                print(out)
            asyncio.run(main())
            """)
        self.assertEqual(code, 0)
        self.assertEqual(out, '1.000000\t%s\n# elapsed 1.000000\n' % list(range(15)))

    def test_timeSleep_blocksTheLoopAndMovesTheClock(self):
        code, out, _ = run("""
            import asyncio, time
            async def sleeper():
                await asyncio.sleep(0.1)
                print("sleeper woke", time.monotonic(), time.time(), time.perf_counter_ns())
            async def main():
                t = asyncio.create_task(sleeper())
                await asyncio.sleep(0)
                time.sleep(0.3)
                print("blocker done")
                await t
            asyncio.run(main())
            """)
        self.assertEqual(code, 0)
        self.assertEqual(out, '0.300000\tblocker done\n'
                              '0.300000\tsleeper woke 0.3 1700000000.3 300000000\n'
                              '# elapsed 0.300000\n')

    def test_loopSubclassAndExplicitLoops_areVirtual(self):
        code, out, _ = run("""
            import asyncio
            class Mine(asyncio.SelectorEventLoop):
                pass
            async def nap(d):
                await asyncio.sleep(d)
                print(type(asyncio.get_running_loop()).__name__, d)
            with asyncio.Runner(loop_factory=Mine) as r:
                r.run(nap(100))
            loop = asyncio.new_event_loop()
            loop.run_until_complete(nap(20))
            loop.close()
            """)
        self.assertEqual(code, 0)
        self.assertEqual(out, '100.000000\tMine 100\n'
                              '120.000000\t_UnixSelectorEventLoop 20\n'
                              '# elapsed 120.000000\n')

    def test_deadlock_exitsWith3(self):
        source = """
            import asyncio
            async def main():
                await asyncio.sleep(1)
                print("waiting for ever", end="")
                await asyncio.get_running_loop().create_future()
                print("never")
            asyncio.run(main())
            """
        code, out, err = run(source)
        self.assertEqual(code, 3)
        self.assertEqual(out, '1.000000\twaiting for ever\n# DEADLOCK 1.000000\n')
        self.assertIn("name='Task-1' coro=<main()", err)
        code, out, err = run(source, stamp=False)
        self.assertEqual((code, out), (3, 'waiting for ever'))
        self.assertTrue(err.startswith('# DEADLOCK 1.000000\n'), err)

    def test_exception_exitsWith1AndStillPrintsElapsed(self):
        code, out, err = run("""
            import asyncio
            async def main():
                print("before")
                await asyncio.sleep(0.5)
                raise ValueError("boom")
            asyncio.run(main())
            """)
        self.assertEqual(code, 1)
        self.assertEqual(out, '0.000000\tbefore\n# elapsed 0.500000\n')
        self.assertTrue(err.startswith('Traceback (most recent call last):\n  File "'), err)
        self.assertTrue(err.endswith('ValueError: boom\n'), err)
        self.assertNotIn('virtual_clock.py', err)
        self.assertNotIn('runpy', err)

    def test_systemExit_exitsWithItsCode(self):
        code, out, _ = run("""
            import sys, time
            time.sleep(2)
            sys.exit(5)
            """)
        self.assertEqual((code, out), (5, '# elapsed 2.000000\n'))

    def test_stamp_roundsHalfEvenOnTheExactBinaryValue(self):
        # '%.6f' rounds the exact binary value, half to even. 0.0078125 = 2**-7 and
        # 0.0234375 = 3 * 2**-7 are exact halves at the 7th decimal: ...812 and
        # ...438. 2.5e-06 is a little above 0.0000025 in binary, so it rounds up
        # (rounding its shortest repr "2.5e-06" half-even would give 0.000002);
        # 5e-07 is a little below a half and rounds down.
        for delay, stamp in (('0.0078125', '0.007812'), ('0.0234375', '0.023438'),
                             ('2.5e-06', '0.000003'), ('5e-07', '0.000000'),
                             ('0.1); time.sleep(0.2', '0.300000')):
            with self.subTest(delay=delay):
                code, out, _ = run(f"""
                    import time
                    time.sleep({delay})
                    print("line", end="")
                    """)
                self.assertEqual(code, 0)
                self.assertEqual(out, f'{stamp}\tline\n# elapsed {stamp}\n')

    def test_plainMode_printsTheProgramsOutputOnly(self):
        code, out, err = run("""
            import asyncio
            async def main():
                print("one")
                await asyncio.sleep(1)
                print("two", end="")
            asyncio.run(main())
            """, stamp=False)
        self.assertEqual((code, out, err), (0, 'one\ntwo', ''))

class StepsTest(unittest.TestCase):
    """[steps] --steps FILE: one '%.6f\\t<task name>' line per Task.__step call."""

    def test_steps_oneLinePerStep_shutdownTasksLeftOut(self):
        # Y is cancelled before its first step: that step only throws CancelledError
        # into the coroutine, and is recorded. Task-4 and Task-5 are asyncio.run's
        # shutdown tasks: they take their numbers but write no line.
        code, out, err, steps = run("""
            import asyncio
            async def x(name):
                print(name, "started")
                try:
                    await asyncio.sleep(1)
                finally:
                    print(name, "finally")
            async def main():
                asyncio.create_task(x("X"))
                loop = asyncio.get_running_loop()
                asyncio.current_task().add_done_callback(lambda t: loop.create_task(x("Y")))
                await asyncio.sleep(0.5)
            asyncio.run(main())
            async def name():
                print(asyncio.current_task().get_name())
            asyncio.run(name())
            """, steps=True)
        self.assertEqual((code, err), (0, ''))
        self.assertEqual(out, '0.000000\tX started\n'
                              '0.500000\tX finally\n'
                              '0.500000\tTask-6\n'
                              '# elapsed 0.500000\n')
        self.assertEqual(steps, '0.000000\tTask-1\n'
                                '0.000000\tTask-2\n'
                                '0.500000\tTask-1\n'
                                '0.500000\tTask-3\n'
                                '0.500000\tTask-2\n'
                                '0.500000\tTask-6\n')

    def test_steps_nameAtTheStepsStart_tracebackStaysOnStderr(self):
        code, out, err, steps = run("""
            import asyncio
            async def worker():
                await asyncio.sleep(0.25)
                asyncio.current_task().set_name("renamed")
                await asyncio.sleep(0.25)
            async def main():
                await asyncio.create_task(worker(), name="w")
                raise ValueError("boom")
            asyncio.run(main())
            """, steps=True)
        self.assertEqual(code, 1)
        self.assertEqual(out, '# elapsed 0.500000\n')
        self.assertTrue(err.endswith('ValueError: boom\n'), err)
        self.assertEqual(steps, '0.000000\tTask-1\n'
                                '0.000000\tw\n'
                                '0.250000\tw\n'
                                '0.500000\trenamed\n'
                                '0.500000\tTask-1\n')

    def test_steps_withoutTasks_emptyFile_andUsageWithoutFile(self):
        code, out, _, steps = run('print("no loop")\n', steps=True)
        self.assertEqual((code, out, steps), (0, '0.000000\tno loop\n# elapsed 0.000000\n', ''))
        done = subprocess.run([sys.executable, RUNNER, '--steps'], capture_output=True, text=True)
        self.assertEqual(done.returncode, 2)
        self.assertIn('usage: virtual_clock.py [--stamp] [--steps STEPS_FILE] FILE', done.stderr)


class OrderTest(unittest.TestCase):
    """[order] creation/argument order where CPython iterates sets of tasks."""

    def test_allTasks_andShutdownCancellation_inCreationOrder(self):
        # CPython 3.11.7 itself cancels these twenty in address order, e.g. [19, 18, 17, 16, 0, 15, ...].
        code, out, _ = run("""
            import asyncio
            async def sleeper(i):
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled", i)
                    raise
            async def main():
                for i in range(20):
                    asyncio.create_task(sleeper(i), name=f"s{i}")
                await asyncio.sleep(0)
                tasks = asyncio.all_tasks()
                print(type(tasks).__name__, [t.get_name() for t in tasks])
            asyncio.run(main())
            """)
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertEqual(lines[0], '0.000000\tOrderedSet %s' % (['Task-1'] + [f's{i}' for i in range(20)]))
        self.assertEqual(lines[1:21], ['0.000000\tcancelled %d' % i for i in range(20)])

    def test_taskGroup_cancelsSiblingsInCreationOrder(self):
        code, out, _ = run("""
            import asyncio
            async def sleeper(i):
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled", i)
                    raise
            async def fail():
                await asyncio.sleep(0.1)
                raise ValueError("x")
            async def main():
                try:
                    async with asyncio.TaskGroup() as tg:
                        for i in range(5):
                            tg.create_task(sleeper(i))
                        tg.create_task(fail())
                except* ValueError as eg:
                    print("caught", eg.exceptions)
            asyncio.run(main())
            """)
        self.assertEqual(code, 0)
        self.assertEqual(out, ''.join('0.100000\tcancelled %d\n' % i for i in range(5))
                         + "0.100000\tcaught (ValueError('x'),)\n# elapsed 0.100000\n")

    def test_wait_returnsSetsInTheOrderOfItsInput(self):
        code, out, _ = run("""
            import asyncio
            async def nap(d):
                await asyncio.sleep(d)
            async def main():
                ts = [asyncio.create_task(nap(d), name=f"t{d}") for d in (3, 1, 4, 2, 5)]
                order = [ts[4], ts[2], ts[0], ts[2], ts[1], ts[3]]
                done, pending = await asyncio.wait(order, timeout=3.5)
                print([t.get_name() for t in done], [t.get_name() for t in pending])
                print(done | pending == set(ts), len(done - {ts[0]}), ts[3] in done, repr(pending)[:6])
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                print([t.get_name() for t in done], [t.get_name() for t in pending])
            asyncio.run(main())
            """)
        self.assertEqual(code, 0)
        self.assertEqual(out, "3.500000\t['t3', 't1', 't2'] ['t5', 't4']\n"
                              "3.500000\tTrue 2 True {<Task\n"
                              "4.000000\t['t4'] ['t5']\n"
                              "# elapsed 4.000000\n")

    def test_asCompleted_tasksAndDoneFuturesInArgumentOrder(self):
        code, out, _ = run("""
            import asyncio
            async def named(i):
                print("step of", i, asyncio.current_task().get_name())
                await asyncio.sleep(0.1 * (4 - i))
                return i
            async def main():
                loop = asyncio.get_running_loop()
                ready = []
                for v in ("d1", "d2", "d3"):
                    f = loop.create_future()
                    f.set_result(v)
                    ready.append(f)
                fs = [ready[2], named(1), ready[0], named(2), named(3), ready[1]]
                print([await c for c in asyncio.as_completed(fs)])
            asyncio.run(main())
            """)
        self.assertEqual(code, 0)
        self.assertEqual(out, '0.000000\tstep of 1 Task-2\n'
                              '0.000000\tstep of 2 Task-3\n'
                              '0.000000\tstep of 3 Task-4\n'
                              "0.300000\t['d3', 'd1', 'd2', 3, 2, 1]\n"
                              '# elapsed 0.300000\n')

    def test_orderedSet_isASetInInsertionOrder(self):
        sys.path.insert(0, os.path.dirname(RUNNER))
        try:
            from virtual_clock import OrderedSet
        finally:
            sys.path.pop(0)
        s = OrderedSet([5, 3, 9, 3, 1])
        self.assertEqual(list(s), [5, 3, 9, 1])
        self.assertEqual(repr(s), '{5, 3, 9, 1}')
        self.assertEqual(repr(OrderedSet()), 'set()')
        self.assertEqual(s, {1, 3, 5, 9})
        self.assertEqual({1, 3, 5, 9}, s)
        self.assertEqual(list(s - {3}), [5, 9, 1])
        self.assertEqual(list(s & {1, 5}), [5, 1])
        self.assertEqual(list(s | [7, 5]), [5, 3, 9, 1, 7])
        self.assertEqual(list(s.union([2], {5})), [5, 3, 9, 1, 2])
        self.assertEqual(list(s.difference([9])), [5, 3, 1])
        self.assertEqual(list(s.intersection([1, 3])), [3, 1])
        self.assertEqual(list(s.symmetric_difference([1, 8])), [5, 3, 9, 8])
        self.assertTrue(s.issubset(range(10)) and s.issuperset([1, 9]) and s <= {1, 3, 5, 9})
        copy = s.copy()
        copy.add(0)
        copy.discard(3)
        self.assertEqual((list(copy), list(s)), ([5, 9, 1, 0], [5, 3, 9, 1]))
        self.assertEqual(copy.pop(), 5)
        with self.assertRaises(KeyError):
            copy.remove(42)
        copy.clear()
        with self.assertRaises(KeyError):
            copy.pop()
        with self.assertRaises(TypeError):
            hash(s)


class ExecutorTest(unittest.TestCase):
    """[executor] the virtual thread pool."""

    def test_twoJobsOnOneWorker_printInJobs_timerWhileAJobSleeps(self):
        code, out, err, steps = run("""
            import asyncio, time
            from concurrent.futures import ThreadPoolExecutor
            def job(name, d):
                print(name, "starts at", time.monotonic())
                time.sleep(d)
                print(name, "ends at", time.monotonic())
                return name.lower()
            async def main():
                loop = asyncio.get_running_loop()
                loop.call_later(0.25, lambda: print("timer at", loop.time()))
                pool = ThreadPoolExecutor(max_workers=1)
                a = loop.run_in_executor(pool, job, "A", 0.5)
                b = loop.run_in_executor(pool, job, "B", 0.5)
                print("submitted at", loop.time())
                print(await a, loop.time())
                print(await b, loop.time())
            asyncio.run(main())
            """, steps=True)
        self.assertEqual((code, err), (0, ''))
        # A's code ran inside main's first step, its lines wait for its completion
        # at 0.5; B starts then, when A's completion frees the worker.
        self.assertEqual(out, '0.000000\tsubmitted at 0.0\n'
                              '0.250000\ttimer at 0.25\n'
                              '0.000000\tA starts at 0.0\n'
                              '0.500000\tA ends at 0.5\n'
                              '0.500000\ta 0.5\n'
                              '0.500000\tB starts at 0.5\n'
                              '1.000000\tB ends at 1.0\n'
                              '1.000000\tb 1.0\n'
                              '# elapsed 1.000000\n')
        self.assertEqual(steps, '0.000000\tTask-1\n0.500000\tTask-1\n1.000000\tTask-1\n')

    def test_toThread_contextNoLoopAndExceptions(self):
        code, out, err = run("""
            import asyncio, contextvars, time
            var = contextvars.ContextVar("var", default="unset")
            def blocking(x):
                time.sleep(0.25)
                try:
                    asyncio.get_running_loop()
                except RuntimeError:
                    print("in the job:", var.get(), x, "no running loop")
                return x * 2
            def failing():
                time.sleep(0.125)
                raise KeyError("k")
            async def main():
                var.set("main's")
                loop = asyncio.get_running_loop()
                print(await asyncio.to_thread(blocking, 21))
                try:
                    await loop.run_in_executor(None, failing)
                except KeyError as e:
                    print("caught", repr(e), loop.time())
                print(await loop.run_in_executor(None, blocking, 1))
            asyncio.run(main())
            """)
        self.assertEqual((code, err), (0, ''))
        self.assertEqual(out, "0.250000\tin the job: main's 21 no running loop\n"
                              '0.250000\t42\n'
                              "0.375000\tcaught KeyError('k') 0.375\n"
                              '0.625000\tin the job: unset 1 no running loop\n'
                              '0.625000\t2\n'
                              '# elapsed 0.625000\n')

    def test_defaultPool_hasEightWorkers_whateverTheCpuCount(self):
        code, out, _ = run("""
            import asyncio, os, time, concurrent.futures
            os.cpu_count = lambda: 64
            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.gather(*(loop.run_in_executor(None, time.sleep, 1) for _ in range(10)))
                print(loop.time(), concurrent.futures.ThreadPoolExecutor()._max_workers)
            asyncio.run(main())
            """)
        self.assertEqual((code, out), (0, '2.000000\t2.0 8\n# elapsed 2.000000\n'))

    def test_cancellingAQueuedJob_itNeverRuns(self):
        code, out, _ = run("""
            import asyncio, time
            from concurrent.futures import ThreadPoolExecutor
            def job(name):
                print(name, "runs")
                time.sleep(1)
            async def main():
                loop = asyncio.get_running_loop()
                pool = ThreadPoolExecutor(max_workers=1)
                a = loop.run_in_executor(pool, job, "A")
                b = loop.run_in_executor(pool, job, "B")
                c = loop.run_in_executor(pool, job, "C")
                b.cancel()
                await asyncio.gather(a, c, return_exceptions=True)
                print("done", loop.time(), b.cancelled())
            asyncio.run(main())
            """)
        self.assertEqual((code, out), (0, '0.000000\tA runs\n1.000000\tC runs\n'
                                          '2.000000\tdone 2.0 True\n# elapsed 2.000000\n'))

    def test_completionIsATimer_iterationsAsCPython_x18(self):
        # asyncio-semantics.md x18, CPython 3.11.7's output verbatim: the handle at
        # iteration m, the task at m+1, and asyncio.run's shutdown_default_executor.
        code, out, _ = run("""
            import asyncio, time
            n = 0
            class CountingLoop(asyncio.SelectorEventLoop):
                def _run_once(self):
                    global n; n += 1; super()._run_once()
                def call_soon_threadsafe(self, cb, *args, context=None):
                    def traced(*a): print("iteration", n, "thread-safe handle"); cb(*a)
                    return super().call_soon_threadsafe(traced, *args, context=context)
            async def main():
                await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.05)
                print("iteration", n, "awaiting task resumes")
            with asyncio.Runner(loop_factory=CountingLoop) as r: r.run(main())
            """, stamp=False)
        self.assertEqual((code, out), (0, 'iteration 2 thread-safe handle\n'
                                          'iteration 3 awaiting task resumes\n'
                                          'iteration 8 thread-safe handle\n'))

    def test_completionAndTimerAtTheSameTime_inSchedulingOrder(self):
        code, out, _ = run("""
            import asyncio, time
            async def main():
                loop = asyncio.get_running_loop()
                loop.call_later(1, print, "timer scheduled first")
                job = loop.run_in_executor(None, time.sleep, 1)
                job.add_done_callback(lambda f: print("job done"))
                loop.call_later(1, print, "timer scheduled last")
                await job
            asyncio.run(main())
            """)
        self.assertEqual((code, out), (0, '1.000000\ttimer scheduled first\n'
                                          '1.000000\ttimer scheduled last\n'
                                          '1.000000\tjob done\n# elapsed 1.000000\n'))

    def test_shutdownWaits_forAJobLeftRunning(self):
        code, out, _ = run("""
            import asyncio, time
            from concurrent.futures import ThreadPoolExecutor
            def job():
                time.sleep(5)
                print("job ends")
            async def main(pool):
                try:
                    await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(pool, job), 1)
                except TimeoutError:
                    print("timed out")
            with ThreadPoolExecutor(max_workers=1) as pool:
                asyncio.run(main(pool))
                print("run returned")
            print("pool shut down")
            """)
        self.assertEqual((code, out), (0, '1.000000\ttimed out\n1.000000\trun returned\n'
                                          '5.000000\tjob ends\n5.000000\tpool shut down\n'
                                          '# elapsed 5.000000\n'))

    def test_jobThatCallsIntoTheLoop_orBlockingWait_exitsWith4(self):
        for body, expected in (
                ('asyncio.run_coroutine_threadsafe(asyncio.sleep(1), loop).result()',
                 'job job() called into the loop from its thread'),
                ('asyncio.run(asyncio.sleep(1))', 'job job() ran an event loop')):
            with self.subTest(body=body):
                code, out, err = run(f"""
                    import asyncio
                    def job():
                        {body}
                    async def main():
                        global loop
                        loop = asyncio.get_running_loop()
                        await asyncio.to_thread(job)
                    asyncio.run(main())
                    """)
                self.assertEqual((code, out), (4, ''))
                self.assertIn(f'virtual_clock.py [executor]: not modelled: {expected}', err)
        code, _, err = run("""
            import asyncio, concurrent.futures, time
            async def main():
                with concurrent.futures.ThreadPoolExecutor(2) as pool:
                    pool.submit(time.sleep, 1).result()
            asyncio.run(main())
            """)
        self.assertEqual(code, 4)
        self.assertIn('result() in the main thread on a pending concurrent future', err)


class PythonTaskFidelityTest(unittest.TestCase):
    """The pure-Python Task behaves as CPython's C Task, tracebacks and log timing included."""

    SOURCE = """
        import asyncio, traceback, sys
        async def child(n):
            await asyncio.sleep(0.01)
            raise ValueError(f"boom {n}")
        async def waiter():
            try:
                await asyncio.Event().wait()
            finally:
                print("waiter finally")
        async def main():
            loop = asyncio.get_running_loop()
            loop.set_exception_handler(
                lambda l, c: print("handler:", c["message"], repr(c.get("exception"))))
            try:
                await asyncio.create_task(child(1))
            except ValueError:
                traceback.print_exc(file=sys.stdout)
            try:
                await asyncio.gather(child(2), child(3))
            except ValueError:
                traceback.print_exc(file=sys.stdout)
            t = asyncio.create_task(child(4))
            await asyncio.sleep(0.05)
            del t                          # 'Task exception was never retrieved' right here
            print("after del")
            w = asyncio.create_task(waiter())
            await asyncio.sleep(0)
            w.cancel()
            try:
                await w
            except asyncio.CancelledError:
                traceback.print_exc(file=sys.stdout)
            try:
                await asyncio.wait_for(asyncio.sleep(1), 0.01)
            except TimeoutError:
                traceback.print_exc(file=sys.stdout)
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(5))
                tg.create_task(child(6))
        asyncio.run(main())
        """

    def test_outputAndTracebacks_equalThoseOfTheCTask(self):
        cpython, runner = run_both(self.SOURCE)
        self.assertEqual(cpython.returncode, 1)
        self.assertIn('handler: Task exception was never retrieved', cpython.stdout)
        self.assertEqual((runner.returncode, runner.stdout), (cpython.returncode, cpython.stdout))
        self.assertEqual(runner.stderr, cpython.stderr)
        for frame in ('in __step', 'in __wakeup', 'in __await__', 'futures.py'):
            self.assertNotIn(frame, runner.stdout + runner.stderr)


if __name__ == '__main__':
    unittest.main()
