package corosim.lang;

import java.util.List;

/** What parsing a file gives: the module (best effort when there are errors) and every diagnostic. */
public record ParseResult(Node.Module module, List<Diagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
