package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;

import org.junit.jupiter.api.Test;

/** itertools: every iterator's items, laziness and repr as CPython's. */
class ItertoolsModuleTest {
  @Test
  void infiniteAndTerminating_iterators_equalCPython() {
    sameAsCPython(
        "from itertools import *",
        "print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), count(5), count(1.5, -1))",
        "print(list(islice(cycle('abc'), 7)), list(repeat('x', 3)), repeat(1), repeat('a', 2))",
        "print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)),",
        "      list(accumulate([1, 2], initial=100)), list(accumulate([])))",
        "print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))",
        "print(list(compress('abcdef', [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 4, 1])),",
        "      list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, '', 'a'])))",
        "print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 1, None, 2)),",
        "      list(islice(range(10), 0, 9, 3)))",
        "it = iter(range(10)); print(list(islice(it, 3)), next(it))",
        "print(list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest('ab', 'xyz', fillvalue='-')),",
        "      list(pairwise('abcd')), list(pairwise('a')))",
        "for f in (lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: count('a')):",
        "    try:",
        "        f()",
        "    except (ValueError, TypeError) as e:",
        "        print(type(e).__name__, e)");
  }

  @Test
  void groupbyAndTee_shareTheirSource_asCPython() {
    sameAsCPython(
        "from itertools import groupby, tee",
        "print([(k, list(g)) for k, g in groupby('aaabbcaa')])",
        "print([(k, len(list(g))) for k, g in groupby(sorted([5, 1, 12, 15, 3]), key=lambda x: x // 10)])",
        "groups = list(groupby('aabbb'))",
        "print([(k, list(g)) for k, g in groups])",
        "a, b = tee(iter([1, 2, 3, 4]))",
        "print(next(a), next(a), list(b), list(a))",
        "x, y, z = tee('abc', 3); print(list(x), list(y), list(z))");
  }

  @Test
  void combinatorics_yieldInCPythonsOrder() {
    sameAsCPython(
        "from itertools import *",
        "print(list(product('ab', [1, 2])), list(product([0, 1], repeat=3)), list(product()),",
        "      list(product('a', [])))",
        "print(list(permutations('abc')), list(permutations(range(4), 2)), list(permutations('ab', 3)))",
        "print(list(combinations('abcd', 2)), list(combinations(range(5), 3)), list(combinations('ab', 0)))",
        "print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)))");
  }
}
