# A queueing simulation: customers arrive with exponential inter-arrival times and are served
# by one clerk with uniform service times, all drawn from random.Random(2024); the report
# shows waiting times with statistics.
# Covers: random.Random (expovariate, uniform, gauss, choice), asyncio.sleep by drawn delays,
# statistics (mean, median, pstdev, quantiles), round/format of simulated times.
import asyncio
import random
import statistics
import time

rng = random.Random(2024)


async def customer(i: int, arrival: float, clerk: dict, waits: list):
    await asyncio.sleep(arrival)
    arrived = time.monotonic()
    while clerk["busy_until"] > time.monotonic():
        await asyncio.sleep(clerk["busy_until"] - time.monotonic())
    start = time.monotonic()
    service = rng.uniform(0.5, 1.5)
    clerk["busy_until"] = start + service
    waits.append(start - arrived)
    print(f"customer {i:2d} arrives {arrived:6.3f} served {start:6.3f} for {service:.3f}")
    await asyncio.sleep(service)


async def main():
    t = 0.0
    arrivals = []
    for _ in range(12):
        t += rng.expovariate(1.0)
        arrivals.append(t)
    clerk = {"busy_until": 0.0}
    waits = []
    await asyncio.gather(*(customer(i, a, clerk, waits) for i, a in enumerate(arrivals)))
    print(f"mean wait {statistics.mean(waits):.3f}, median {statistics.median(waits):.3f}, "
          f"pstdev {statistics.pstdev(waits):.3f}")
    print("quartiles", [round(q, 3) for q in statistics.quantiles(waits, n=4)])
    print("noise", [f"{rng.gauss(0, 1):.4f}" for _ in range(3)], rng.choice(["a", "b", "c"]))


asyncio.run(main())
