package corosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layer table of STYLE.md true: each package of the main code refers only to the
 * packages below it. Every package-info.java states its row.
 */
class LayeringTest {
  /** What each layer may use (besides itself). */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("lang", Set.of()),
      Map.entry("compile", Set.of("lang")),
      Map.entry("trace", Set.of()),
      Map.entry("loop", Set.of("trace")),
      Map.entry("vm", Set.of("lang", "compile", "loop", "trace")),
      Map.entry("aio", Set.of("vm", "loop", "trace")),
      Map.entry("sim", Set.of("loop", "trace")),
      Map.entry("prop", Set.of()),
      Map.entry("check", Set.of("trace", "prop")),
      Map.entry("report", Set.of("trace")),
      Map.entry("cli", Set.of("lang", "compile", "trace", "loop", "vm", "aio", "sim", "prop",
          "check", "report")));

  private static final Pattern REFERENCE = Pattern.compile("\\bcorosim\\.([a-z]+)\\.");

  @Test
  void everyPackage_usesOnlyTheLayersBelowIt() throws IOException {
    Path main = Path.of("src/main/java/corosim");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String layer = main.relativize(f).getName(0).toString();
        assertThat(ALLOWED).as("layer table entry for package corosim.%s", layer).containsKey(layer);
        String code = stripComments(Files.readString(f));
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(layer) && !ALLOWED.get(layer).contains(used)) {
            violations.add(main.relativize(f) + " uses corosim." + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPackage_hasAPackageInfoStatingItsRole() throws IOException {
    Path main = Path.of("src/main/java/corosim");
    try (Stream<Path> dirs = Files.list(main)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        if (Files.list(d).anyMatch(p -> p.toString().endsWith(".java"))) {
          assertThat(d.resolve("package-info.java")).exists();
        }
      }
    }
  }

  private static String stripComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
        .replaceAll("(?m)^package [^;]+;", "");
  }
}
