package corosim.lang;

/**
 * A region of a source file: 1-based line and column of the first character, and of the
 * character just past the end. Columns count code points of the line, from 1.
 */
public record SourceSpan(int line, int col, int endLine, int endCol) {
  public SourceSpan {
    if (line < 1 || col < 1) {
      throw new IllegalArgumentException("span starts at 1:1 or later, got " + line + ":" + col);
    }
    if (endLine < line || (endLine == line && endCol < col)) {
      throw new IllegalArgumentException(
          "span end " + endLine + ":" + endCol + " precedes start " + line + ":" + col);
    }
  }

  /** A one-character span. */
  public static SourceSpan at(int line, int col) {
    return new SourceSpan(line, col, line, col + 1);
  }

  /** The span from the start of {@code this} to the end of {@code other}. */
  public SourceSpan to(SourceSpan other) {
    return new SourceSpan(line, col, other.endLine, other.endCol);
  }
}
