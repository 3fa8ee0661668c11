# Latency metrics for a fleet of simulated endpoints: each call's latency is drawn from a
# seeded generator, recorded per endpoint, and summarised with statistics and math.
# Covers: statistics (mean, fmean, median, median_low, stdev, variance, mode, multimode,
# quantiles), math (fsum, sqrt, isclose, ceil, floor, hypot, log10, inf), heapq.nlargest,
# sorted with key, f-string formatting of floats.
import asyncio
import heapq
import math
import random
import statistics

rng = random.Random(7)


async def call(endpoint: str, base: float, samples: dict):
    for _ in range(8):
        latency = round(base + rng.uniform(0, base), 3)
        await asyncio.sleep(latency)
        samples.setdefault(endpoint, []).append(latency)


async def main():
    samples = {}
    await asyncio.gather(call("/users", 0.05, samples), call("/orders", 0.12, samples),
                         call("/search", 0.3, samples))
    for endpoint, values in samples.items():
        print(f"{endpoint:8} n={len(values)} mean={statistics.mean(values):.4f} "
              f"median={statistics.median(values):.4f} stdev={statistics.stdev(values):.4f} "
              f"p90={statistics.quantiles(values, n=10)[-1]:.4f}")
    everything = [v for vs in samples.values() for v in vs]
    print(statistics.mean([1, 2, 3, 4]), statistics.fmean(everything) == math.fsum(everything) / len(everything))
    print(statistics.median_low([1, 3, 5, 7]), statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"))
    print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.mean([0.1, 0.2, 0.3]))
    print(heapq.nlargest(3, everything), heapq.nsmallest(2, samples, key=lambda e: max(samples[e])))
    total = math.fsum(everything)
    print(f"{total:.6f}", math.ceil(total), math.floor(total), math.isclose(total, sum(everything)))
    print(math.sqrt(2), math.hypot(3, 4), math.log10(1000), math.inf > total, math.fsum([0.1] * 10))


asyncio.run(main())
