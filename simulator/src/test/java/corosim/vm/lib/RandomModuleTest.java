package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * random: MT19937 seeded as CPython seeds it, and CPython's algorithms on top, so every draw
 * equals CPython's bit for bit; compared with python3 over many seeds and every function.
 */
class RandomModuleTest {
  private static final String SEEDS =
      "[0, 1, 42, 12345, 2**32, 2**40 + 7, 2**100 + 3, -3, True, 'abc', '中文', b'xyz', 3.75, -2.5, 0.0]";

  @Test
  void random_fromManySeeds_equalsCPythonBitForBit() {
    sameAsCPython(
        "import random",
        "for s in " + SEEDS + ":",
        "    r = random.Random(s)",
        "    print(repr(s), [r.random() for _ in range(5)])");
  }

  @Test
  void integerFunctions_randintRandrangeChoiceGetrandbits_equalCPython() {
    sameAsCPython(
        "import random",
        "for s in " + SEEDS + ":",
        "    r = random.Random(s)",
        "    print(r.randint(1, 6), r.randint(-10**20, 10**20), r.randrange(100),",
        "          r.randrange(5, 500, 7), r.randrange(100, 0, -3), r.choice('abcdefg'),",
        "          r.choice(range(10**6)), [r.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])");
  }

  @Test
  void sequenceFunctions_shuffleSampleChoices_equalCPython() {
    sameAsCPython(
        "import random",
        "for s in " + SEEDS + ":",
        "    r = random.Random(s)",
        "    l = list(range(20)); r.shuffle(l)",
        "    print(l, r.sample(range(1000), 10), r.sample('abcdefghij', 4),",
        "          r.sample(range(100), 30), r.sample(['x', 'y', 'z'], k=3, counts=[1, 2, 3]))",
        "    print(r.choices('abc', k=5), r.choices(range(4), weights=[1, 0, 5, 2], k=6),",
        "          r.choices('xy', cum_weights=[0.3, 1.0], k=4), r.choices([1, 2], [3, 4]))");
  }

  @Test
  void arithmeticDistributions_uniformTriangular_equalCPythonBitForBit() {
    sameAsCPython(
        "import random",
        "for s in " + SEEDS + ":",
        "    r = random.Random(s)",
        "    print(r.uniform(2, 5), r.uniform(-1e6, 1e6), r.triangular(), r.triangular(0, 10, 2),",
        "          r.triangular(5, 5))");
  }

  /**
   * The distributions built on log/exp/cos/sin/pow take those from Java's Math, which differs
   * from glibc in the last bit on about one value in a thousand: compared to 12 digits.
   */
  @Test
  void transcendentalDistributions_equalCPythonTo12Digits() {
    sameAsCPython(
        "import random",
        "def show(*xs):",
        "    print(' '.join('%.12g' % x for x in xs))",
        "for s in " + SEEDS + ":",
        "    r = random.Random(s)",
        "    show(*[r.gauss(0, 1) for _ in range(3)], r.normalvariate(5, 2),",
        "         r.expovariate(0.25), r.lognormvariate(0, 0.5))",
        "    show(r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(4.5, 1),",
        "         r.betavariate(2, 5), r.paretovariate(3), r.weibullvariate(1, 1.5),",
        "         r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0))");
  }

  @Test
  void stateAndSeeding_getstateSetstateReseedVersion1_equalCPython() {
    sameAsCPython(
        "import random",
        "r = random.Random(7)",
        "st = r.getstate()",
        "a = [r.random() for _ in range(3)]",
        "r.setstate(st)",
        "print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[1][-1])",
        "r.seed('hello', version=1); print(r.random())",
        "r.seed(b'hello', version=1); print(r.random())",
        "r.seed(99); g = r.gauss(); st = r.getstate(); print(g, r.gauss()); r.setstate(st);",
        "print(r.gauss())",
        "print(random.Random(5).randbytes(6))",
        "for bad in ([1], {1: 2}):",
        "    try:",
        "        random.Random(bad)",
        "    except TypeError as e:",
        "        print(e)");
  }

  @Test
  void errors_haveCPythonsMessages() {
    sameAsCPython(
        "import random",
        "r = random.Random(1)",
        "for f in (lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0),",
        "          lambda: r.choice([]), lambda: r.sample(range(3), 5), lambda: r.sample({1, 2}, 1),",
        "          lambda: r.choices('ab', [1], k=2), lambda: r.getrandbits(-1),",
        "          lambda: r.randrange(1.5), lambda: r.gammavariate(-1, 1),",
        "          lambda: r.choices('ab', [0, 0])):",
        "    try:",
        "        f()",
        "    except Exception as e:",
        "        print(type(e).__name__, e)");
  }

  @Test
  void moduleFunctions_withoutSeed_drawAsIfSeededWithTheRunSeed() {
    String program = "import random\nprint(random.random(), random.randint(1, 100))\n"
        + "print(random.Random().random())\n";
    String expected = LibRun.cpython("import random\nrandom.seed(5)\n"
        + "print(random.random(), random.randint(1, 100))\n"
        + "print(random.Random(5 + (1 << 64)).random())\n");
    assertThat(LibRun.corosim(program, 5)).isEqualTo(expected);
    assertThat(LibRun.corosim(program, 5)).isEqualTo(LibRun.corosim(program, 5));
    assertThat(LibRun.corosim(program, 6)).isNotEqualTo(LibRun.corosim(program, 5));
  }

  @Test
  void subclass_overridingRandom_isUsedByTheAlgorithms() {
    sameAsCPython(
        "import random",
        "class Fixed(random.Random):",
        "    def random(self):",
        "        return 0.5",
        "f = Fixed(3)",
        "print(f.random(), f.uniform(0, 10), f.choices('abc', k=2), f.randint(1, 6))");
  }
}
