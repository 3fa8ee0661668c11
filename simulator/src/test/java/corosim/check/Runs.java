package corosim.check;

import corosim.cli.RunOptions;
import corosim.cli.RunResult;
import corosim.cli.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs program text in-process exactly as {@code corosim run --stamp} does, from a file named
 * {@code gen.py} in a folder of its own per thread (so every run's trace names the scenario
 * {@code gen} and two runs of one program are comparable byte for byte).
 */
final class Runs {
  private static final ThreadLocal<Path> FOLDER = ThreadLocal.withInitial(() -> {
    try {
      Path dir = Files.createTempDirectory("corosim-gen");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  });

  private Runs() {}

  /** The file the program is written to (for the CPython reference to run too). */
  static Path write(String source) {
    Path file = FOLDER.get().resolve("gen.py");
    try {
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file.toFile().deleteOnExit();
    return file;
  }

  static RunResult run(String source) {
    return ScenarioRunner.capture(write(source), RunOptions.stamped());
  }

  static RunResult run(Program program) {
    return run(program.toString());
  }
}
