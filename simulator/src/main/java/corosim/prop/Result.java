package corosim.prop;

import java.util.List;

/** How one run of a test case ended, and what it drew. {@code failure} is set iff interesting. */
record Result(Status status, long[] choices, Throwable failure, Origin origin, TestCase testCase) {
  static Result of(TestCase tc, Throwable failure) {
    return new Result(
        tc.status(), tc.choices(), failure, failure == null ? null : Origin.of(failure), tc);
  }

  boolean failsLike(Origin other) {
    return status == Status.INTERESTING && origin.equals(other);
  }

  List<Span> spans() {
    return testCase.spans();
  }
}
