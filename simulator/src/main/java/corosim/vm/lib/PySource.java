package corosim.vm.lib;

import corosim.compile.CodeObject;
import corosim.compile.CompileResult;
import corosim.compile.Compiler;
import corosim.lang.ParseResult;
import corosim.lang.Parser;
import corosim.lang.Source;
import corosim.vm.PyDict;
import corosim.vm.PyModule;
import corosim.vm.Runtime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Library modules written in Python, bundled as resources {@code corosim/lib/NAME.py}, and
 * Python text a library compiles at run time (the methods dataclasses generates, as CPython's
 * {@code exec}). Compiled code is immutable, so each text is compiled once per JVM and shared by
 * every run; each run executes it in its own namespace.
 */
final class PySource {
  private PySource() {}

  /** Display path prefix of bundled modules in tracebacks. */
  static final String LIB_PREFIX = "<corosim-lib>/";

  private record Compiled(CodeObject code, Source source) {}

  private static final Map<String, Compiled> MODULES = new ConcurrentHashMap<>();
  private static final Map<String, Compiled> TEXTS = new ConcurrentHashMap<>();

  /** Whether {@code corosim/lib/NAME.py} exists. */
  static boolean exists(String name) {
    return PySource.class.getResource(resource(name)) != null;
  }

  private static String resource(String name) {
    return "/corosim/lib/" + name + ".py";
  }

  /** A module factory: runs the bundled source {@code resource} as module {@code name}. */
  static PyModule load(Runtime rt, String name, String resource) {
    Compiled c = MODULES.computeIfAbsent(resource, PySource::compileResource);
    PyModule m = new PyModule(name);
    m.define("__file__", c.source().path());
    m.define("__doc__", corosim.vm.PyNone.NONE);
    rt.sources().putIfAbsent(c.source().path(), c.source());
    rt.exec(c.code(), m.dict());
    return m;
  }

  /** Runs {@code text} (statements) with {@code globals} as its namespace, as {@code exec}. */
  static void exec(Runtime rt, String text, PyDict globals) {
    Compiled c = TEXTS.computeIfAbsent(text, t -> compile(new Source("<string>", t)));
    rt.exec(c.code(), globals);
  }

  private static Compiled compileResource(String name) {
    try (InputStream in = PySource.class.getResourceAsStream(resource(name))) {
      if (in == null) {
        throw new IllegalStateException("library module resource missing: " + resource(name));
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return compile(new Source(LIB_PREFIX + name + ".py", text));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read library module " + name, e);
    }
  }

  private static Compiled compile(Source source) {
    ParseResult parsed = Parser.parse(source);
    if (parsed.hasErrors()) {
      throw new IllegalStateException("library source " + source.path() + " does not parse: "
          + parsed.diagnostics());
    }
    CompileResult compiled = Compiler.compile(parsed.module(), source.path());
    if (!compiled.ok()) {
      throw new IllegalStateException("library source " + source.path() + " does not compile: "
          + compiled.diagnostics());
    }
    return new Compiled(compiled.code(), source);
  }
}
