package corosim.prop;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * How a property runs. Each field is set in code (on {@link ForAll}), else by a system property,
 * else by its default; a null field here is "not set in code".
 *
 * <table>
 *   <caption>System properties</caption>
 *   <tr><td>{@code corosim.prop.cases}</td><td>valid cases to try, default 1000</td></tr>
 *   <tr><td>{@code corosim.prop.seed}</td><td>seed of the run, default a fresh random one (printed)</td></tr>
 *   <tr><td>{@code corosim.prop.replay}</td><td>a replay file, or an inline choice sequence such
 *       as {@code 1,1001,0}, run before any generated case</td></tr>
 *   <tr><td>{@code corosim.prop.maxShrinks}</td><td>most test runs spent shrinking, default 10000</td></tr>
 *   <tr><td>{@code corosim.prop.maxChoices}</td><td>choice budget of one case, default 8192</td></tr>
 *   <tr><td>{@code corosim.prop.dir}</td><td>where replay files go, default {@code target/corosim-prop}</td></tr>
 * </table>
 */
record Settings(
    String name,
    Integer cases,
    Long seed,
    Integer maxShrinks,
    Integer maxChoices,
    Path dir,
    String replay) {
  static final String CASES = "corosim.prop.cases";
  static final String SEED = "corosim.prop.seed";
  static final String REPLAY = "corosim.prop.replay";
  static final String MAX_SHRINKS = "corosim.prop.maxShrinks";
  static final String MAX_CHOICES = "corosim.prop.maxChoices";
  static final String DIR = "corosim.prop.dir";

  static final int DEFAULT_CASES = 1000;
  static final int DEFAULT_MAX_SHRINKS = 10_000;
  static final int DEFAULT_MAX_CHOICES = 8192;
  static final Path DEFAULT_DIR = Path.of("target", "corosim-prop");

  static Settings none() {
    return new Settings(null, null, null, null, null, null, null);
  }

  /** These settings with every unset field taken from {@code properties} or the defaults. */
  Settings resolve(String caller, UnaryOperator<String> properties) {
    return new Settings(
        name != null ? name : caller,
        cases != null ? cases : count(properties, CASES, DEFAULT_CASES, 0),
        seed != null ? seed : seed(properties),
        maxShrinks != null ? maxShrinks : count(properties, MAX_SHRINKS, DEFAULT_MAX_SHRINKS, 0),
        maxChoices != null ? maxChoices : count(properties, MAX_CHOICES, DEFAULT_MAX_CHOICES, 1),
        dir != null ? dir : pathOr(properties.apply(DIR)),
        replay != null ? replay : properties.apply(REPLAY));
  }

  Settings withName(String v) {
    return new Settings(v, cases, seed, maxShrinks, maxChoices, dir, replay);
  }

  Settings withCases(int v) {
    return new Settings(name, atLeast(CASES, v, 0), seed, maxShrinks, maxChoices, dir, replay);
  }

  Settings withSeed(long v) {
    return new Settings(name, cases, v, maxShrinks, maxChoices, dir, replay);
  }

  Settings withMaxShrinks(int v) {
    return new Settings(name, cases, seed, atLeast(MAX_SHRINKS, v, 0), maxChoices, dir, replay);
  }

  Settings withMaxChoices(int v) {
    return new Settings(name, cases, seed, maxShrinks, atLeast(MAX_CHOICES, v, 1), dir, replay);
  }

  Settings withDir(Path v) {
    return new Settings(name, cases, seed, maxShrinks, maxChoices, v, replay);
  }

  Settings withReplay(String v) {
    return new Settings(name, cases, seed, maxShrinks, maxChoices, dir, v);
  }

  private static int count(UnaryOperator<String> properties, String key, int fallback, int min) {
    String text = properties.apply(key);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return atLeast(key, Integer.parseInt(text.trim()), min);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer >= " + min + ", got '" + text + "'", e);
    }
  }

  private static int atLeast(String key, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(key + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  private static long seed(UnaryOperator<String> properties) {
    String text = properties.apply(SEED);
    if (text == null || text.isBlank()) {
      // The one unseeded draw in the engine: it only picks the seed, which every report prints.
      return ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED + " must be an integer, got '" + text + "'", e);
    }
  }

  private static Path pathOr(String text) {
    return text == null || text.isBlank() ? DEFAULT_DIR : Path.of(text.trim());
  }
}
