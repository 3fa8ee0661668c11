package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;

import org.junit.jupiter.api.Test;

/**
 * math: CPython's own algorithms (fsum, hypot, dist, integer functions, log of big ints) and
 * its special values and errors exactly; the libm functions to 12 digits (Java's Math agrees
 * with glibc to the last bit on all but a few inputs in a thousand).
 */
class MathModuleTest {
  private static final String TRY = String.join("\n",
      "def t(f, *a):",
      "    try:",
      "        r = f(*a)",
      "        print(f.__name__, a, '->', repr(r))",
      "    except Exception as e:",
      "        print(f.__name__, a, '!', type(e).__name__, e)");

  @Test
  void exactFunctions_sqrtFloorCeilTruncFabsCopysignAndConversions_equalCPython() {
    sameAsCPython(
        "import math",
        TRY,
        "for x in (0.0, -0.0, 2.0, 2.5, -2.5, 1e300, 7, -7, 2**70, True, 0.1, float('inf'),",
        "          float('-inf'), float('nan'), 1e-310):",
        "    for f in (math.sqrt, math.floor, math.ceil, math.trunc, math.fabs, math.isfinite,",
        "              math.isinf, math.isnan, math.frexp, math.modf, math.ulp):",
        "        t(f, x)",
        "    t(math.copysign, 3, x); t(math.ldexp, x, 3); t(math.ldexp, x, -1080)",
        "for s in ('x', None, [1]):",
        "    t(math.sqrt, s); t(math.floor, s)",
        "print(math.pi, math.e, math.tau, math.inf, math.nan)");
  }

  @Test
  void fsumHypotDistProd_areCPythonsExactAlgorithms() {
    sameAsCPython(
        "import math",
        TRY,
        "t(math.fsum, [0.1] * 10); t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
        "t(math.fsum, [1e-16, 1, 1e16]); t(math.fsum, []); t(math.fsum, [float('inf'), 1])",
        "t(math.fsum, [float('inf'), float('-inf')]); t(math.fsum, [1e308, 1e308])",
        "t(math.fsum, [i / 7 for i in range(1000)][500:503]); print(math.fsum(i / 7 for i in range(1000)))",
        "for p in ((3, 4), (1.1, 2.2, 3.3), (1e-320, 1e-320), (1e300, 1e300), (), (5,),",
        "          (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), (float('inf'), float('nan'))):",
        "    t(math.hypot, *p)",
        "t(math.dist, (0, 0), (3, 4)); t(math.dist, [1.5, 2.5, -3], [0.25, 7, 9]); t(math.dist, (1,), (1, 2))",
        "t(math.prod, [1, 2, 3, 4]); print(math.prod([0.5, 3], start=2)); t(math.prod, [])",
        "import random",
        "r = random.Random(3)",
        "vs = [[r.uniform(-100, 100) for _ in range(r.randint(2, 6))] for _ in range(200)]",
        "print([math.hypot(*v) for v in vs] == [math.hypot(*v) for v in vs])",
        "print(sum(math.hypot(*v) for v in vs), math.fsum(math.hypot(*v) for v in vs))",
        "print([math.hypot(*v) for v in vs[:20]])");
  }

  @Test
  void integerFunctions_gcdLcmFactorialCombPermIsqrt_equalCPython() {
    sameAsCPython(
        "import math",
        TRY,
        "t(math.gcd); t(math.gcd, 12, 18, -30); t(math.gcd, 2**80, 6**40); t(math.lcm, 4, 6, 10)",
        "t(math.lcm); t(math.lcm, 0, 5); t(math.gcd, 1.5, 3)",
        "t(math.factorial, 0); t(math.factorial, 25); t(math.factorial, -1); t(math.factorial, 2.0)",
        "t(math.comb, 10, 3); t(math.comb, 5, 7); t(math.comb, 100, 50); t(math.comb, -1, 2); t(math.comb, 3, -2)",
        "t(math.perm, 10, 3); t(math.perm, 5); t(math.perm, 3, 5); t(math.isqrt, 10**30 + 7); t(math.isqrt, -1)");
  }

  @Test
  void logarithmsAndPow_specialCasesAndErrors_equalCPython() {
    sameAsCPython(
        "import math",
        TRY,
        "for x in (1, 10, 100, 1000, 2**10, 2**1000, 10**400, 0.5, 1e-300, 0, -1, 0.0,",
        "          float('inf'), float('nan')):",
        "    t(math.log10, x); t(math.log2, x); t(math.log, x, 10); t(math.log, x, 2)",
        "t(math.log, 8, 1); t(math.log, 0.0); t(math.log, -1.5)",
        "for a, b in ((2, 10), (2.0, -1), (0.0, -1), (-2.0, 0.5), (float('inf'), -1), (-1, float('inf')),",
        "             (1, float('nan')), (float('nan'), 0), (10.0, 400), (-8.0, 1/3), (0.0, 0.0)):",
        "    t(math.pow, a, b)",
        "t(math.exp, 1000); t(math.exp, -1000); t(math.cosh, 1000); t(math.asin, 2); t(math.acosh, 0.5)",
        "t(math.atanh, 1); t(math.sin, float('inf')); t(math.fmod, 5.5, 2); t(math.fmod, 1, 0)",
        "t(math.remainder, 10, 3); t(math.remainder, 7.5, 2); t(math.isclose, 1.0, 1.0 + 1e-10)",
        "t(math.isclose, 1.0, 1.1, rel_tol=0.2); t(math.isclose, 0, 1e-12, abs_tol=1e-9)",
        "t(math.isclose, 1, 1, rel_tol=-1); t(math.degrees, math.pi); t(math.radians, 180)");
  }

  @Test
  void libmFunctions_equalCPythonTo12Digits() {
    sameAsCPython(
        "import math",
        "xs = [0.001, 0.1, 0.5, 0.75, 1.0, 1.5, 2.0, 3.14159, 10.0, 123.456, -0.3, -2.5]",
        "for name in ('exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh',",
        "             'tanh', 'asinh', 'cbrt', 'exp2'):",
        "    f = getattr(math, name)",
        "    print(name, ['%.12g' % f(x) for x in xs])",
        "for x in (0.1, 0.5, 0.99, -0.5):",
        "    print('%.12g %.12g %.12g' % (math.asin(x), math.acos(x), math.atanh(x)))",
        "print(['%.12g' % math.log(x) for x in (0.1, 2, 1e10, 7.5)], '%.12g' % math.atan2(1, -2),",
        "      '%.12g' % math.acosh(5), ['%.12g' % math.pow(1.5, y) for y in (0.3, 2.5, -7.1)])");
  }
}
