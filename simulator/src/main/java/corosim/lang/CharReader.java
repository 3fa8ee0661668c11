package corosim.lang;

/**
 * The lexer's position in the text: char offset, 1-based line, and code-point column.
 *
 * <p>Invariant: {@code lineStart <= pos}, and {@code lineStart} is the offset where the physical
 * line holding {@code pos} begins; the first line's columns start at {@code firstCol} (a fragment
 * of an f-string starts mid-line), every later line's at 1.
 */
final class CharReader {
  private final String text;
  private final int firstLine;
  private final int firstCol;
  private int pos;
  private int line;
  private int lineStart;
  private int colBase;
  // The column of cachedPos on the current line: columns are counted incrementally, so a long
  // line costs linear time, not quadratic.
  private int cachedPos;
  private int cachedCol;
  private int lastEndLine;
  private int lastEndCol;

  CharReader(String text, int firstLine, int firstCol) {
    this.text = text;
    this.firstLine = firstLine;
    this.firstCol = firstCol;
    rewind();
  }

  void rewind() {
    pos = 0;
    line = firstLine;
    lineStart = 0;
    colBase = firstCol;
    cachedPos = 0;
    cachedCol = firstCol;
    lastEndLine = firstLine;
    lastEndCol = firstCol;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  int length() {
    return text.length();
  }

  char peek() {
    return text.charAt(pos);
  }

  /** The char {@code ahead} places after the current one, or 0 past the end. */
  char peekAt(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : 0;
  }

  int peekCodePoint() {
    return text.codePointAt(pos);
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  String text(int from, int to) {
    return text.substring(from, to);
  }

  int pos() {
    return pos;
  }

  int line() {
    return line;
  }

  /** The 1-based code-point column of the current position. */
  int col() {
    if (cachedPos < lineStart || cachedPos > pos) {
      cachedPos = lineStart;
      cachedCol = colBase;
    }
    cachedCol += text.codePointCount(cachedPos, pos);
    cachedPos = pos;
    return cachedCol;
  }

  boolean atLineStart() {
    return pos == lineStart;
  }

  /** Moves over {@code n} chars of one line (never over a line break). */
  void skip(int n) {
    pos = Math.min(text.length(), pos + n);
  }

  /** Moves over the line break at the current position: \n, \r\n or \r. */
  void newline() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    lineStart = pos;
    colBase = 1;
  }

  void markTokenEnd() {
    lastEndLine = line;
    lastEndCol = col();
  }

  /** Where the last token ended: NEWLINE stands there, so errors point just past the code. */
  int lastEndLine() {
    return lastEndLine;
  }

  int lastEndCol() {
    return lastEndCol;
  }
}
