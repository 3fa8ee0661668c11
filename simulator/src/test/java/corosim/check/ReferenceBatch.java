package corosim.check;

import corosim.harness.PythonReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs many programs through the CPython reference in one python3 process
 * ({@code src/test/python/batch_reference.py}: asyncio imported once, each program in a forked
 * child), which is what makes a differential property of hundreds of cases affordable.
 */
final class ReferenceBatch {
  private ReferenceBatch() {}

  /**
   * Programs per python3 process: each run of the reference may take at most {@link
   * PythonReference#TIMEOUT_SECONDS}, and a loaded machine forks slowly.
   */
  static final int CHUNK = 50;

  /** Each source's stamped output, task steps and exit code, by source text. */
  static Map<String, PythonReference.Result> run(PythonReference python, List<String> sources) {
    List<String> distinct = sources.stream().distinct().toList();
    Map<String, PythonReference.Result> out = new LinkedHashMap<>();
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      out.putAll(chunk(python, distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
    }
    return out;
  }

  private static Map<String, PythonReference.Result> chunk(PythonReference python, List<String> sources) {
    Map<String, PythonReference.Result> out = new LinkedHashMap<>();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("corosim-batch");
      List<String> args = new ArrayList<>();
      args.add(python.runner().resolveSibling("batch_reference.py").toString());
      for (int i = 0; i < sources.size(); i++) {
        Path file = dir.resolve("p" + i + ".py");
        Files.writeString(file, sources.get(i), StandardCharsets.UTF_8);
        args.add(file.toString());
      }
      PythonReference.Result batch = python.run(args, dir);
      if (batch.exitCode() != 0) {
        throw new IllegalStateException("batch reference run failed: " + batch.stderr());
      }
      for (int i = 0; i < sources.size(); i++) {
        String base = dir.resolve("p" + i).toString();
        out.put(sources.get(i), new PythonReference.Result(
            Integer.parseInt(read(base + ".exit").strip()), read(base + ".stdout"),
            read(base + ".stderr"), read(base + ".steps")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static String read(String file) throws IOException {
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary file left behind is harmless
    }
  }
}
