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


def run(source, stamp=True):
    """Run `source` under the runner; return (exit code, stdout, stderr)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'scenario.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(textwrap.dedent(source))
        args = [sys.executable, RUNNER] + (['--stamp'] if stamp else []) + [path]
        done = subprocess.run(args, capture_output=True, text=True, encoding='utf-8', timeout=60)
        return done.returncode, done.stdout, done.stderr


class VirtualClockTest(unittest.TestCase):

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

    def test_executor_failsClearly(self):
        code, out, err = run("""
            import asyncio, time
            async def main():
                await asyncio.to_thread(time.sleep, 1)
                print("never")
            asyncio.run(main())
            """)
        self.assertEqual(code, 4)
        self.assertEqual(out, '')
        self.assertIn('executor not supported by the reference runner yet', err)


if __name__ == '__main__':
    unittest.main()
