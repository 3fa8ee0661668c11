package corosim.prop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A property over the values of one generator, ready to check; made by {@link Property#forAll}.
 * Immutable: each setting returns a new {@code ForAll}. Settings made here win over the
 * {@code corosim.prop.*} system properties, which win over the defaults.
 */
public final class ForAll<T> {
  private final Gen<T> gen;
  private final Settings settings;
  private final List<Function<? super T, String>> classifiers;
  private final String caller;

  ForAll(Gen<T> gen, String caller) {
    this(gen, Settings.none(), List.of(), caller);
  }

  private ForAll(Gen<T> gen, Settings settings, List<Function<? super T, String>> classifiers, String caller) {
    this.gen = Objects.requireNonNull(gen, "gen");
    this.settings = settings;
    this.classifiers = classifiers;
    this.caller = caller;
  }

  /** Names the property in reports and its replay file; by default {@code TestClass.method}. */
  public ForAll<T> named(String name) {
    return with(settings.withName(Objects.requireNonNull(name, "name")));
  }

  /** How many valid cases to try (default 1000, or {@code -Dcorosim.prop.cases}). */
  public ForAll<T> cases(int cases) {
    return with(settings.withCases(cases));
  }

  /** Fixes the seed (default random, or {@code -Dcorosim.prop.seed}). */
  public ForAll<T> seed(long seed) {
    return with(settings.withSeed(seed));
  }

  /** The most test runs to spend shrinking (default 10000, or {@code -Dcorosim.prop.maxShrinks}). */
  public ForAll<T> maxShrinks(int runs) {
    return with(settings.withMaxShrinks(runs));
  }

  /** The choice budget of one case (default 8192, or {@code -Dcorosim.prop.maxChoices}). */
  public ForAll<T> maxChoices(int choices) {
    return with(settings.withMaxChoices(choices));
  }

  /** Where replay files are written (default {@code target/corosim-prop}, or {@code -Dcorosim.prop.dir}). */
  public ForAll<T> replayDir(Path dir) {
    return with(settings.withDir(Objects.requireNonNull(dir, "dir")));
  }

  /**
   * A case to run before any generated one: a replay file's path, or an inline choice sequence
   * such as {@code "1,1001,0"} (as {@code -Dcorosim.prop.replay} takes).
   */
  public ForAll<T> replay(String fileOrChoices) {
    return with(settings.withReplay(Objects.requireNonNull(fileOrChoices, "fileOrChoices")));
  }

  /** Labels each case with what {@code classifier} says of its value (null: no label). */
  public ForAll<T> classify(Function<? super T, String> classifier) {
    List<Function<? super T, String>> more = new ArrayList<>(classifiers);
    more.add(Objects.requireNonNull(classifier, "classifier"));
    return new ForAll<>(gen, settings, List.copyOf(more), caller);
  }

  /** Labels the cases whose value satisfies {@code condition}. */
  public ForAll<T> classify(Predicate<? super T> condition, String label) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(label, "label");
    return classify(v -> condition.test(v) ? label : null);
  }

  /**
   * Runs the property and returns quietly if every case passed, printing a one-line summary
   * (with the label statistics) to standard output.
   *
   * @throws AssertionError whose message is the report if a case failed (the failure of the
   *     shrunk case is its cause) or the run gave up
   */
  public void check(Property.Body<? super T> body) {
    Outcome outcome = run(body);
    if (!outcome.passed()) {
      throw new AssertionError(outcome.report(), outcome.failure());
    }
    System.out.printf("[corosim.prop] %s [%d ms]%n", outcome.report(), outcome.elapsed().toMillis());
  }

  /** Runs the property and returns what it found, without throwing or printing. */
  public Outcome run(Property.Body<? super T> body) {
    Objects.requireNonNull(body, "body");
    Settings resolved = settings.resolve(caller, System::getProperty);
    boolean drawsItself = gen == Property.TEST_CASE;
    Property.Body<TestCase> test =
        tc -> {
          @SuppressWarnings("unchecked") // the test case form: T is TestCase
          T value = drawsItself ? (T) tc : tc.draw(gen);
          for (Function<? super T, String> classifier : classifiers) {
            String label = classifier.apply(value);
            if (label != null) {
              tc.label(label);
            }
          }
          body.accept(value);
        };
    return new Runner(resolved, test, !drawsItself).run();
  }

  private ForAll<T> with(Settings changed) {
    return new ForAll<>(gen, changed, classifiers, caller);
  }
}
