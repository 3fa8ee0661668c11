package corosim.prop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A choice sequence to run before any generated case: read from a replay file, which names the
 * property it belongs to, or given inline, which applies to whichever property runs. A replay file
 * is plain text:
 *
 * <pre>
 * # corosim.prop replay: the choices of one failing case
 * property=ShrinkTest.sumStaysSmall
 * seed=42
 * choices=1,1001,0
 * </pre>
 */
record Replay(String property, Long seed, long[] choices, String source) {
  /** Reads the {@code corosim.prop.replay} setting: an inline sequence, or a file's path. */
  static Replay parse(String setting) {
    if (ChoiceSequences.isInline(setting)) {
      return new Replay(null, null, ChoiceSequences.parse(setting), "inline choices");
    }
    Path file = Path.of(setting.trim());
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read replay file " + file, e);
    }
    String property = null;
    Long seed = null;
    long[] choices = null;
    for (String line : lines) {
      String t = line.trim();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int eq = t.indexOf('=');
      String key = eq < 0 ? t : t.substring(0, eq).trim();
      String value = eq < 0 ? "" : t.substring(eq + 1).trim();
      switch (key) {
        case "property" -> property = value;
        case "seed" -> seed = Long.parseLong(value);
        case "choices" -> choices = ChoiceSequences.parse(value);
        default -> throw new IllegalArgumentException(
            file + ": unknown key '" + key + "' in replay file, expected property, seed or choices");
      }
    }
    if (choices == null) {
      throw new IllegalArgumentException(file + ": replay file has no 'choices=' line");
    }
    return new Replay(property, seed, choices, file.toString());
  }

  /** Whether this replay is for {@code name}: inline choices are for any property. */
  boolean appliesTo(String name) {
    return property == null || property.equals(name);
  }

  /** Writes the replay file of {@code property} into {@code dir} and returns its path. */
  static Path write(Path dir, String property, long seed, long[] choices) {
    Path file = dir.resolve(property.replaceAll("[^A-Za-z0-9._-]", "_") + ".replay");
    String text =
        "# corosim.prop replay: the choices of one failing case\n"
            + "property=" + property + "\n"
            + "seed=" + seed + "\n"
            + "choices=" + ChoiceSequences.format(choices) + "\n";
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write replay file " + file, e);
    }
    return file;
  }
}
