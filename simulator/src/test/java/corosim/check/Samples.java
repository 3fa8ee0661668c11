package corosim.check;

/** Small scenarios the analyzer tests run, each showing one thing an analyzer measures. */
final class Samples {
  private Samples() {}

  /** blocker holds the loop 0.3 s with time.sleep while victim is ready; a timer fires late. */
  static final String BLOCKING = """
      import asyncio, time

      async def blocker():
          time.sleep(0.3)
          print("blocker done")

      async def victim():
          print("victim runs")

      async def main():
          loop = asyncio.get_running_loop()
          loop.call_later(0.1, print, "timer")
          b = asyncio.create_task(blocker(), name="blocker")
          v = asyncio.create_task(victim(), name="victim")
          await asyncio.gather(b, v)
          await asyncio.sleep(0.2)
          print("main done")

      asyncio.run(main())
      """;

  /** Timers with equal deadlines, a timer scheduled in the past, and a sleep. */
  static final String TIMERS = """
      import asyncio

      async def main():
          loop = asyncio.get_running_loop()
          loop.call_later(0.5, print, "a")
          loop.call_later(0.5, print, "b")
          loop.call_at(loop.time() - 5, print, "past")
          await asyncio.sleep(1)
          print("main done")

      asyncio.run(main())
      """;

  /** Two workers; worker-2 is cancelled while it sleeps; worker-1 finishes at 1. */
  static final String CANCELS = """
      import asyncio

      async def work(n, d):
          await asyncio.sleep(d)
          print("worker", n, "done")

      async def main():
          w1 = asyncio.create_task(work(1, 1), name="worker-1")
          w2 = asyncio.create_task(work(2, 2), name="worker-2")
          await asyncio.sleep(0.5)
          w2.cancel()
          await asyncio.gather(w1, w2, return_exceptions=True)
          print("main done")

      asyncio.run(main())
      """;

  /** main awaits a future nobody completes. */
  static final String DEADLOCK = """
      import asyncio

      async def main():
          await asyncio.get_running_loop().create_future()

      asyncio.run(main())
      """;
}
