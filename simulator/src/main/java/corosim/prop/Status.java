package corosim.prop;

/** How one run of a test case ended, from least to most interesting, as in Hypothesis. */
enum Status {
  /** The case drew more choices than its budget, or past the end of a replayed sequence. */
  OVERRUN,
  /** A filter or {@link TestCase#assume} rejected the case; it neither passes nor fails. */
  INVALID,
  /** The body returned normally. */
  VALID,
  /** The body threw: the case is a counterexample. */
  INTERESTING
}
