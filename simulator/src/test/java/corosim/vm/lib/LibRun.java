package corosim.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import corosim.compile.CompileResult;
import corosim.compile.Compiler;
import corosim.lang.ParseResult;
import corosim.lang.Parser;
import corosim.lang.Source;
import corosim.loop.Limits;
import corosim.trace.Recorder;
import corosim.vm.Exceptions;
import corosim.vm.Output;
import corosim.vm.PyException;
import corosim.vm.Runtime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program through corosim's VM and through python3 (CPython 3.11 on this machine) and
 * compares what they print: the library modules are differential-tested this way. A missing
 * python3 is a failure, never a skip.
 */
final class LibRun {
  private LibRun() {}

  /** What corosim prints; an uncaught exception adds "! Type: message". */
  static String corosim(String program) {
    return corosim(program, 0);
  }

  static String corosim(String program, long seed) {
    Source source = new Source("test.py", program);
    ParseResult parsed = Parser.parse(source);
    if (parsed.hasErrors()) {
      throw new AssertionError("does not parse: " + parsed.diagnostics());
    }
    CompileResult compiled = Compiler.compile(parsed.module(), "test.py");
    if (!compiled.ok()) {
      throw new AssertionError("does not compile: " + compiled.diagnostics());
    }
    StringBuilder out = new StringBuilder();
    Output.Sink sink = new Output.Sink() {
      @Override
      public void line(double time, String line, boolean terminated) {
        out.append(line).append(terminated ? "\n" : "");
      }

      @Override
      public void error(String text) {}
    };
    Runtime rt = new Runtime(sink, Recorder.off(), Limits.DEFAULT, seed, Map.of());
    try {
      rt.runMain(compiled.code(), source);
    } catch (PyException e) {
      out.append("! ").append(Exceptions.summary(e)).append('\n');
    }
    rt.output().finish(0);
    return out.toString();
  }

  /** What python3 prints; an uncaught exception adds "! Type: message" (the last line). */
  static String cpython(String program) {
    try {
      ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-c", program));
      pb.environment().put("PYTHONHASHSEED", "0");
      pb.environment().put("PYTHONIOENCODING", "utf-8");
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] stdout = p.getInputStream().readAllBytes();
      byte[] stderr = p.getErrorStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("python3 timed out");
      }
      String out = new String(stdout, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        String[] lines = new String(stderr, StandardCharsets.UTF_8).strip().split("\n");
        out += "! " + lines[lines.length - 1] + "\n";
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("python3 (CPython 3.11) is needed for the library tests: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Asserts corosim prints exactly what CPython prints for {@code lines}. */
  static void sameAsCPython(String... lines) {
    String program = String.join("\n", lines) + "\n";
    String expected = cpython(program);
    assertThat(corosim(program)).as("corosim vs CPython on:%n%s", program).isEqualTo(expected);
  }

  /** Asserts the output of {@code lines} under corosim is {@code expected}. */
  static void prints(String expected, String... lines) {
    assertThat(corosim(String.join("\n", lines) + "\n")).isEqualTo(expected);
  }
}
