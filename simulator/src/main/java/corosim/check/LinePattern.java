package corosim.check;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which printed lines an output check is about: a line equal to a text, or a line a regular
 * expression finds a match in ({@link java.util.regex.Matcher#find}).
 */
public record LinePattern(String text, Pattern regex) {
  public LinePattern {
    if ((text == null) == (regex == null)) {
      throw new IllegalArgumentException("exactly one of text and regex must be given");
    }
  }

  /** Lines equal to {@code text}. */
  public static LinePattern text(String text) {
    return new LinePattern(Objects.requireNonNull(text, "text"), null);
  }

  /** Lines in which {@code regex} finds a match. */
  public static LinePattern regex(String regex) {
    return new LinePattern(null, Pattern.compile(Objects.requireNonNull(regex, "regex")));
  }

  public boolean matches(String line) {
    return text != null ? text.equals(line) : regex.matcher(line).find();
  }

  @Override
  public String toString() {
    return text != null ? "'" + text + "'" : "/" + regex.pattern() + "/";
  }
}
