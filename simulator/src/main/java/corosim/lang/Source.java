package corosim.lang;

import java.util.ArrayList;
import java.util.List;

/** A scenario's text with its display path, split into lines for diagnostics and tracebacks. */
public final class Source {
  private final String path;
  private final String text;
  private final List<String> lines;

  public Source(String path, String text) {
    this.path = path;
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.lines = splitLines(this.text);
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The text of 1-based line {@code n} without its line terminator, or "" past the end. */
  public String line(int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
  }

  public int lineCount() {
    return lines.size();
  }

  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
