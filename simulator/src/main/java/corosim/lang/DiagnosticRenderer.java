package corosim.lang;

/**
 * Renders a {@link Diagnostic} as people read it:
 *
 * <pre>
 * path:line:col: error: message
 *     source line
 *     ^~~~
 * hint: what to do
 * </pre>
 *
 * Tabs in the source line are expanded to 8-column stops and East Asian wide characters count
 * two columns before the caret is placed.
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  public static String render(Source source, Diagnostic d) {
    SourceSpan span = d.span();
    StringBuilder out = new StringBuilder();
    out.append(source.path()).append(':').append(span.line()).append(':').append(span.col())
        .append(": ").append(d.severity().label()).append(": ").append(d.message()).append('\n');
    String line = source.line(span.line());
    if (!line.isEmpty() || span.line() <= source.lineCount()) {
      String shown = expandTabs(line);
      out.append("    ").append(shown).append('\n');
      int caretCol = displayColumn(line, span.col());
      int width = 1;
      if (span.endLine() == span.line() && span.endCol() > span.col() + 1) {
        width = displayColumn(line, span.endCol()) - caretCol;
      }
      out.append("    ").append(" ".repeat(Math.max(0, caretCol - 1))).append('^');
      if (width > 1) {
        out.append("~".repeat(width - 1));
      }
      out.append('\n');
    }
    for (String hint : d.hints()) {
      out.append("hint: ").append(hint).append('\n');
    }
    return out.toString();
  }

  /** The 1-based display column of code-point column {@code col}, counting tabs to stops of 8. */
  static int displayColumn(String line, int col) {
    int display = 0;
    int cp = 1;
    for (int i = 0; i < line.length() && cp < col; cp++) {
      int c = line.codePointAt(i);
      display = c == '\t' ? (display / 8 + 1) * 8 : display + width(c);
      i += Character.charCount(c);
    }
    return display + 1 + Math.max(0, col - cp);
  }

  /** Terminal columns of a code point: 2 for East Asian wide characters (the seeds print Chinese). */
  static int width(int cp) {
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x1F900 && cp <= 0x1F9FF)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  static String expandTabs(String line) {
    if (line.indexOf('\t') < 0) {
      return line;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        do {
          sb.append(' ');
        } while (sb.length() % 8 != 0);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
