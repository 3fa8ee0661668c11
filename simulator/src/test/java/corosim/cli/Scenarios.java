package corosim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenario files under {@code scenarios/} (found through the scenarios.dir property). */
final class Scenarios {
  private Scenarios() {}

  static Path root() {
    String dir = System.getProperty("scenarios.dir");
    Path p = dir != null ? Path.of(dir) : Path.of("../scenarios");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("scenarios folder not found at " + p.toAbsolutePath());
    }
    return p.normalize();
  }

  /** Every {@code X.py} with an expected output {@code X.out} beside it, sorted. */
  static List<Path> withExpectedOutput() {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> Files.isRegularFile(expected(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path expected(Path py) {
    String name = py.getFileName().toString();
    return py.resolveSibling(name.substring(0, name.length() - 3) + ".out");
  }

  static Path steps(Path py) {
    String name = py.getFileName().toString();
    return py.resolveSibling(name.substring(0, name.length() - 3) + ".steps");
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit code a stamped output implies: 3 for a deadlock, else 0 or 1 (checked apart). */
  static boolean deadlocks(String stampedOutput) {
    return stampedOutput.lines().reduce((a, b) -> b).orElse("").startsWith("# DEADLOCK ");
  }
}
