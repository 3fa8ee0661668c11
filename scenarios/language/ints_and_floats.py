# Python number semantics: arbitrary-precision ints, floor division and modulo on
# negatives, true division, float repr (shortest round trip), rounding half-even.
# Covers: int, float, //, %, /, **, divmod, round, abs, comparison chains.
import asyncio


async def main():
    big = 2 ** 100
    print(big, big // 3, -big % 7, type(big).__name__)
    print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2)
    print(1 / 3, 2 / 2, 10 / 4, 0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0)
    print(round(2.5), round(3.5), round(0.125, 2), round(2.675, 2), abs(-3), abs(-2.5))
    print(divmod(17, 5), divmod(-17, 5), 3 ** -1, (-2) ** 3, 9 ** 0.5)
    print(1 < 2 < 3, 1 < 3 < 2, 3 == 3.0, 0.1 + 0.2 == 0.3, -0.0 == 0.0)
    print(int("  42 "), int("-0x1f", 16), float("1e-3"), int(-3.9), float("inf"), -float("inf"))
    print(True + True, True * 10, 7 & 3, 7 | 8, 7 ^ 2, 1 << 70, -16 >> 2, ~5)
    await asyncio.sleep(0.1)
    print(f"{2 ** 64:,}", f"{1234.5678:.2f}", f"{0.000123:.3e}", f"{1 / 7:.10f}", f"{42:08.3f}")


asyncio.run(main())
