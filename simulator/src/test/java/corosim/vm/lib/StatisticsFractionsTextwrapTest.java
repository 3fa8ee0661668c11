package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;

import org.junit.jupiter.api.Test;

/** statistics (exact sums), fractions and textwrap. */
class StatisticsFractionsTextwrapTest {
  @Test
  void statisticsFractionsTextwrap_equalCPython() {
    sameAsCPython(
        "import statistics as st, textwrap",
        "from fractions import Fraction",
        "data = [2.5, 3.25, 5.0, 1.1, 2.2, 3.3]",
        "print(st.mean(data), st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.fmean(data), st.median(data), st.median([3, 1, 2]), st.median_low([1,2,3,4]), st.median_high([1,2,3,4]))",
        "print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance([1, 2, 3, 4]), st.mode([1, 1, 2, 3]), st.multimode('aabbc'), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))",
        "print(st.mean([0.1, 0.2, 0.3]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([1, 2, 3, 4, 5]))",
        "try: st.mean([])",
        "except st.StatisticsError as e: print(e)",
        "f = Fraction(3, 4); print(f, repr(f), f + 1, f * 2, f / 3, float(f), Fraction('1/3') + Fraction(1, 6), Fraction(0.5), Fraction(1, 3).limit_denominator(2), round(Fraction(7, 2)), f < 1, f == 0.75)",
        "txt = \"The quick brown fox jumps over the lazy dog. A well-known fact: state-of-the-art systems--sometimes--fail when over-engineered beyond reason.\"",
        "for w in (10, 20, 33, 50):",
        "    print(textwrap.wrap(txt, w))",
        "print(textwrap.fill(txt, width=30, initial_indent='* ', subsequent_indent='  '))",
        "print(textwrap.shorten(txt, width=40), '|', textwrap.shorten(\"Hello  world!\", width=12))",
        "print(repr(textwrap.dedent('''",
        "    def f():",
        "        return 1",
        "      ",
        "    x = 2",
        "''')), repr(textwrap.indent('a\\n\\nb\\n', '> ')))");
  }
}
