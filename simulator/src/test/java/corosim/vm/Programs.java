package corosim.vm;

import corosim.compile.CompileResult;
import corosim.compile.Compiler;
import corosim.lang.ParseResult;
import corosim.lang.Parser;
import corosim.lang.Source;
import corosim.loop.Limits;
import corosim.trace.Recorder;
import java.util.Map;

/** Runs small Python programs on the VM alone (no asyncio) and returns what they printed. */
final class Programs {
  private Programs() {}

  /** The program's output; an uncaught exception is appended as its traceback's last line. */
  static String run(String text) {
    Source source = new Source("test.py", text);
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
      public void error(String text) {
        out.append("[stderr] ").append(text);
      }
    };
    Runtime rt = new Runtime(sink, Recorder.off(), new Limits(1000, 100_000), 0, Map.of());
    try {
      rt.runMain(compiled.code(), source);
    } catch (PyException e) {
      out.append("! ").append(Exceptions.summary(e)).append('\n');
    }
    rt.output().finish(0);
    return out.toString();
  }

  /**
   * What the program printed, followed by the full traceback of what it raised (nothing if
   * it raised nothing), as {@link Reference} gets them from CPython.
   */
  static String outputAndTraceback(String text) {
    Source source = new Source("test.py", text);
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
      public void error(String t) {}
    };
    Runtime rt = new Runtime(sink, Recorder.off(), Limits.DEFAULT, 0, Map.of());
    String tb = "";
    try {
      rt.runMain(compiled.code(), source);
    } catch (PyException e) {
      tb = Exceptions.format(e, rt.sources());
    }
    rt.output().finish(0);
    return out + tb;
  }

  /** The full traceback text of the exception a program raises. */
  static String traceback(String text) {
    Source source = new Source("test.py", text);
    ParseResult parsed = Parser.parse(source);
    CompileResult compiled = Compiler.compile(parsed.module(), "test.py");
    StringBuilder err = new StringBuilder();
    Output.Sink sink = new Output.Sink() {
      @Override
      public void line(double time, String line, boolean terminated) {}

      @Override
      public void error(String t) {
        err.append(t);
      }
    };
    Runtime rt = new Runtime(sink, Recorder.off(), Limits.DEFAULT, 0, Map.of());
    try {
      rt.runMain(compiled.code(), source);
    } catch (PyException e) {
      return Exceptions.format(e, rt.sources());
    }
    throw new AssertionError("the program raised nothing");
  }
}
