package corosim.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Differential tests of the VM against CPython 3.11: each program runs on the VM alone
 * ({@link Programs}) and under one python3 process (as {@code test.py}, in a fresh
 * namespace), and both what it printed and the traceback of what it raised, if anything, must
 * be the same text. A missing python3 fails the test; it never skips.
 */
final class Reference {
  private Reference() {}

  private static final String DRIVER = String.join("\n",
      "import sys, io, traceback, linecache, contextlib",
      "for path in sys.argv[1:]:",
      "    src = open(path, encoding='utf-8').read()",
      "    linecache.cache['test.py'] = (len(src), None, src.splitlines(True), 'test.py')",
      "    out = io.StringIO()",
      "    tb = ''",
      "    with contextlib.redirect_stdout(out):",
      "        try:",
      "            exec(compile(src, 'test.py', 'exec'), {'__name__': '__main__'})",
      "        except BaseException as e:",
      "            tb = ''.join(traceback.format_exception(e))",
      "    sys.stdout.write(out.getvalue() + '\\x00TB\\x00' + tb + '\\x00END\\x00')",
      "");

  private static final Pattern FILE_LINE =
      Pattern.compile("^(\\s*(?:\\| )?)  File \"([^\"]+)\", line");
  private static final Pattern FRAME_DETAIL = Pattern.compile("^(\\s*(?:\\| )?)    ");

  /** One dynamic test per program: its output and traceback on the VM equal CPython's. */
  static Stream<DynamicTest> agree(Map<String, String> programs) {
    Map<String, String> expected = cpython(programs);
    return programs.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      String ours = Programs.outputAndTraceback(e.getValue());
      assertThat(ours).as("%s on corosim vs CPython%n%s", e.getKey(), e.getValue())
          .isEqualTo(expected.get(e.getKey()));
    }));
  }

  /** Builds the program map from pairs of name and source lines. */
  static Map<String, String> programs(String... nameThenSource) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameThenSource.length; i += 2) {
      out.put(nameThenSource[i], nameThenSource[i + 1]);
    }
    return out;
  }

  private static Map<String, String> cpython(Map<String, String> programs) {
    try {
      Path dir = Files.createTempDirectory("corosim-vm-reference");
      List<String> command = new ArrayList<>(List.of(python(), "-c", DRIVER));
      int i = 0;
      for (String src : programs.values()) {
        Path p = dir.resolve("p" + i++ + ".py");
        Files.writeString(p, src, StandardCharsets.UTF_8);
        command.add(p.toString());
      }
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
      pb.environment().put("PYTHONHASHSEED", "0");
      pb.environment().put("PYTHONIOENCODING", "utf-8");
      Process process = pb.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("python3 driver failed: %s", err).isZero();
      String[] results = out.split("\u0000END\u0000", -1);
      assertThat(results.length - 1).as("one result per program").isEqualTo(programs.size());
      Map<String, String> expected = new LinkedHashMap<>();
      int k = 0;
      for (String name : programs.keySet()) {
        String[] parts = results[k++].split("\u0000TB\u0000", -1);
        expected.put(name, parts[0] + testFramesOnly(parts[1]));
      }
      return expected;
    } catch (IOException e) {
      throw new AssertionError("python3 (CPython 3.11) is needed for this differential test", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String python() {
    String p = System.getProperty("corosim.python");
    return p == null || p.isBlank() ? "python3" : p;
  }

  /** Keeps only the frames of test.py (the driver's own frame goes). */
  static String testFramesOnly(String traceback) {
    List<String> out = new ArrayList<>();
    boolean skipping = false;
    for (String line : traceback.split("\n", -1)) {
      Matcher m = FILE_LINE.matcher(line);
      if (m.find()) {
        skipping = !m.group(2).equals("test.py");
        if (!skipping) {
          out.add(line);
        }
        continue;
      }
      if (skipping && FRAME_DETAIL.matcher(line).find()) {
        continue;
      }
      skipping = false;
      out.add(line);
    }
    return String.join("\n", out);
  }
}
