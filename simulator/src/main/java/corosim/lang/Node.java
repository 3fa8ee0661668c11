package corosim.lang;

import java.util.Collections;
import java.util.ArrayList;
import java.util.List;

/** The small records shared by statements and expressions: arguments, keywords, clauses. */
public final class Node {
  private Node() {}

  /** One parameter: its name, optional annotation (ignored by the compiler) and span. */
  public record Arg(String name, Expr annotation, SourceSpan span) {}

  /**
   * A parameter list, as CPython's {@code ast.arguments}: {@code defaults} belong to the last
   * positional parameters (posonly then args); {@code kwDefaults} has one entry per keyword-only
   * parameter, null where it has none.
   */
  public record Arguments(
      List<Arg> posOnly,
      List<Arg> args,
      Arg vararg,
      List<Arg> kwOnly,
      List<Expr> kwDefaults,
      Arg kwarg,
      List<Expr> defaults) {
    public Arguments {
      posOnly = List.copyOf(posOnly);
      args = List.copyOf(args);
      kwOnly = List.copyOf(kwOnly);
      kwDefaults = Collections.unmodifiableList(new ArrayList<>(kwDefaults));
      defaults = List.copyOf(defaults);
      if (kwDefaults.size() != kwOnly.size()) {
        throw new IllegalArgumentException("one kw default slot per keyword-only parameter");
      }
    }

    public static Arguments empty() {
      return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
  }

  /** {@code name=value} in a call or class header; a null name is {@code **value}. */
  public record Keyword(String name, Expr value, SourceSpan span) {}

  /** One {@code for target in iter if cond...} clause of a comprehension. */
  public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    public Comprehension {
      ifs = List.copyOf(ifs);
    }
  }

  /** {@code except type as name:}; type and name may be null (bare except). */
  public record ExceptHandler(Expr type, String name, List<Stmt> body, SourceSpan span) {
    public ExceptHandler {
      body = List.copyOf(body);
    }
  }

  /** {@code context as vars} in a with statement; vars may be null. */
  public record WithItem(Expr context, Expr vars) {}

  /** {@code name as asName} in an import; asName may be null; name may be dotted or "*". */
  public record Alias(String name, String asName, SourceSpan span) {}

  /** {@code case pattern if guard:}; guard may be null. */
  public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {
    public MatchCase {
      body = List.copyOf(body);
    }
  }

  /** A whole file: its statements and its module docstring (null if none). */
  public record Module(List<Stmt> body, String docstring) {
    public Module {
      body = List.copyOf(body);
    }
  }
}
