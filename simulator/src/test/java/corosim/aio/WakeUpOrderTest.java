package corosim.aio;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.cli.RunOptions;
import corosim.cli.RunResult;
import corosim.cli.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wake-up orders of asyncio-semantics.md §7-8, one per primitive, with CPython 3.11.7's
 * unfair corners reproduced (the expected outputs were checked against python3).
 */
class WakeUpOrderTest {
  @TempDir Path dir;

  private String run(String program) throws IOException {
    Path p = dir.resolve("p.py");
    Files.writeString(p, "import asyncio\n" + program);
    RunResult r = ScenarioRunner.capture(p, RunOptions.stamped());
    assertThat(r.stderr()).isEmpty();
    return r.stdout();
  }

  @Test
  void lock_releaseHandsOverFifo_noBarging_evenThoughLockedReadsFalse() throws IOException {
    assertThat(run("""
        async def main():
            lock = asyncio.Lock()
            async def x():
                for i in range(2):
                    async with lock:
                        print("X holds", i); await asyncio.sleep(0); await asyncio.sleep(0)
                    print("X released", i, "locked() =", lock.locked())
            async def y():
                await asyncio.sleep(0)
                print("Y waits"); await lock.acquire(); print("Y holds"); lock.release()
            await asyncio.gather(x(), y())
        asyncio.run(main())
        """)).isEqualTo("""
        0.000000\tX holds 0
        0.000000\tY waits
        0.000000\tX released 0 locked() = False
        0.000000\tY holds
        0.000000\tX holds 1
        0.000000\tX released 1 locked() = False
        # elapsed 0.000000
        """);
  }

  @Test
  void event_setThenClear_stillWakesEveryWaiter_inArrivalOrder() throws IOException {
    assertThat(run("""
        async def main():
            ev = asyncio.Event()
            async def w(n):
                r = await ev.wait(); print(n, r, ev.is_set())
            ts = [asyncio.create_task(w(n)) for n in "abc"]
            await asyncio.sleep(0)
            ev.set(); ev.clear()
            await asyncio.gather(*ts)
        asyncio.run(main())
        """)).isEqualTo("""
        0.000000\ta True False
        0.000000\tb True False
        0.000000\tc True False
        # elapsed 0.000000
        """);
  }

  @Test
  void queue_nothingIsReserved_aTaskRunningFirstTakesTheItem() throws IOException {
    assertThat(run("""
        async def main():
            q = asyncio.Queue()
            async def getter(name): print(name, "got", await q.get())
            h1, h2 = asyncio.create_task(getter("H1")), asyncio.create_task(getter("H2"))
            await asyncio.sleep(0)
            new = asyncio.create_task(getter("NEW"))
            q.put_nowait("x")
            await asyncio.sleep(0); await asyncio.sleep(0)
            q.put_nowait("y"); q.put_nowait("z")
            await asyncio.gather(h1, h2, new)
        asyncio.run(main())
        """)).isEqualTo("""
        0.000000\tNEW got x
        0.000000\tH2 got y
        0.000000\tH1 got z
        # elapsed 0.000000
        """);
  }

  @Test
  void semaphore_releaseTakesThePermitForTheFirstWaiter_noBarging() throws IOException {
    assertThat(run("""
        async def main():
            sem = asyncio.Semaphore(1)
            async def user(n, hold):
                async with sem:
                    print(n, "in"); await asyncio.sleep(hold)
            async def barger():
                await asyncio.sleep(0.5)
                print("barger sees locked() =", sem.locked())
                async with sem:
                    print("barger in")
            await asyncio.gather(user("a", 0.5), user("b", 0.1), barger())
        asyncio.run(main())
        """)).isEqualTo("""
        0.000000\ta in
        0.500000\tbarger sees locked() = True
        0.500000\tb in
        0.600000\tbarger in
        # elapsed 0.600000
        """);
  }

  @Test
  void condition_notifiedWaitersReacquireTheLockOneByOne() throws IOException {
    assertThat(run("""
        async def main():
            c = asyncio.Condition()
            async def w(n):
                async with c:
                    await c.wait(); print(n, "woke"); await asyncio.sleep(0.1)
            ts = [asyncio.create_task(w(n)) for n in "abc"]
            await asyncio.sleep(0)
            async with c:
                c.notify(2)
            await asyncio.sleep(1)
            async with c:
                c.notify_all()
            await asyncio.gather(*ts)
        asyncio.run(main())
        """)).isEqualTo("""
        0.000000\ta woke
        0.100000\tb woke
        1.000000\tc woke
        # elapsed 1.100000
        """);
  }

  @Test
  void barrier_lastArriverPassesFirst_thenTheOthersInArrivalOrder() throws IOException {
    assertThat(run("""
        async def main():
            b = asyncio.Barrier(3)
            async def p(n, d):
                await asyncio.sleep(d); print(n, "index", await b.wait())
            await asyncio.gather(p("y", 0.1), p("z", 0.2), p("x", 0.3))
        asyncio.run(main())
        """)).isEqualTo("""
        0.300000\tx index 2
        0.300000\ty index 0
        0.300000\tz index 1
        # elapsed 0.300000
        """);
  }

  @Test
  void priorityQueue_equalPrioritiesComeOutInHeapOrder() throws IOException {
    assertThat(run("""
        async def main():
            q = asyncio.PriorityQueue()
            for item in [(2, "b"), (1, "z"), (1, "a"), (2, "a"), (0, "m")]:
                q.put_nowait(item)
            print([q.get_nowait() for _ in range(5)])
        asyncio.run(main())
        """)).isEqualTo("""
        0.000000\t[(0, 'm'), (1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
        # elapsed 0.000000
        """);
  }

  @Test
  void waitFor_timeoutRaisesFourIterationsAfterItsTimer_asIn311() throws IOException {
    assertThat(run("""
        async def main():
            loop = asyncio.get_running_loop()
            async def ticker():
                for i in range(8):
                    print("tick", i); await asyncio.sleep(0)
            async def inner():
                try: await asyncio.sleep(10)
                except asyncio.CancelledError: print("inner cancelled"); raise
            await asyncio.sleep(0.05)
            loop.call_later(0.05, lambda: (print("deadline"), asyncio.ensure_future(ticker())))
            try: await asyncio.wait_for(inner(), 0.05)
            except TimeoutError: print("TimeoutError")
        asyncio.run(main())
        """)).isEqualTo("""
        0.100000\tdeadline
        0.100000\ttick 0
        0.100000\ttick 1
        0.100000\tinner cancelled
        0.100000\ttick 2
        0.100000\ttick 3
        0.100000\tTimeoutError
        0.100000\ttick 4
        # elapsed 0.100000
        """);
  }
}
