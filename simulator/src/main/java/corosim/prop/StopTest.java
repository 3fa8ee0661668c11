package corosim.prop;

/**
 * Unwinds a test body once its case is decided (rejected or overrun). An {@code Error} so that a
 * body's {@code catch (Exception e)} does not swallow it; without a stack trace because it is
 * thrown on every rejected case.
 */
final class StopTest extends Error {
  StopTest() {
    super("the test case is already decided", null, false, false);
  }
}
