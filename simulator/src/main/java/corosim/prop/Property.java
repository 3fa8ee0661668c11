package corosim.prop;

import java.util.Objects;
import java.util.Set;

/**
 * Entry points of the property engine, for plain JUnit 5 tests:
 *
 * <pre>{@code
 * Property.forAll(Gen.lists(Gen.integers(-100, 100)))
 *     .check(xs -> assertThat(sort(sort(xs))).isEqualTo(sort(xs)));
 *
 * Property.check(tc -> {                      // draw inside the body, as the simulator will
 *   int n = tc.draw(Gen.integers(1, 10));
 *   double latency = tc.drawDouble(0.05, 0.5);
 *   ...
 * });
 * }</pre>
 *
 * A failing case (an {@code AssertionError} or any other exception from the body) is shrunk, and
 * {@code check} throws an {@code AssertionError} whose message is the report: seed, shrunk
 * counterexample, shrink steps, label statistics and how to replay it.
 */
public final class Property {
  /** The generator standing for the test case itself in the drawing form. */
  static final Gen<TestCase> TEST_CASE = tc -> tc;

  private static final Set<String> OWN =
      Set.of(Property.class.getName(), ForAll.class.getName());

  private Property() {}

  /** A property of the values {@code gen} makes. */
  public static <T> ForAll<T> forAll(Gen<T> gen) {
    return new ForAll<>(Objects.requireNonNull(gen, "gen"), caller());
  }

  /** A property whose body draws what it needs from its {@link TestCase}. */
  public static ForAll<TestCase> drawing() {
    return new ForAll<>(TEST_CASE, caller());
  }

  /**
   * Checks a property whose body draws from its {@link TestCase}, with the default settings:
   * short for {@code drawing().check(body)}.
   */
  public static void check(Body<TestCase> body) {
    new ForAll<>(TEST_CASE, caller()).check(body);
  }

  /** The body of a property: returns normally to pass, throws to fail. */
  @FunctionalInterface
  public interface Body<T> {
    void accept(T value) throws Exception;
  }

  /**
   * {@code TestClass.method} of the code that called into the engine: the default name of a
   * property, as {@code -Dtest=TestClass#method} selects it.
   */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !OWN.contains(f.getClassName()))
                    .findFirst()
                    .map(f -> simpleName(f.getClassName()) + "." + f.getMethodName())
                    .orElse("property"));
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
