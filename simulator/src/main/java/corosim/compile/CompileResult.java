package corosim.compile;

import corosim.lang.Diagnostic;
import java.util.List;

/** The module's code object (null when there are errors) and every diagnostic. */
public record CompileResult(CodeObject code, List<Diagnostic> diagnostics) {
  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return code != null;
  }
}
