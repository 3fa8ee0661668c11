package corosim.vm;

import corosim.compile.CodeObject;

/**
 * One frame of a Python traceback: the code, and the instruction the exception passed through
 * (its position gives the line and the span tracebacks underline).
 */
public record TracebackEntry(CodeObject code, int pc) {
  public int line() {
    return code.lineAt(pc);
  }
}
