package corosim.vm;

import corosim.compile.CodeObject;
import corosim.lang.Expr;
import corosim.lang.ParseResult;
import corosim.lang.Parser;
import corosim.lang.Source;
import corosim.lang.Stmt;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an exception as CPython 3.11's default excepthook does (pythonrun.c and
 * traceback.c): the cause/context chain first, each traceback with its source lines and the
 * carets under the failing expression ({@code ~~^~~} for binary operators and subscripts),
 * repeated recursive frames collapsed, exception groups drawn in their boxes, notes.
 * Deliberately different: only scenario frames appear (asyncio's own frames are Java).
 */
final class TracebackPrinter {
  private static final int RECURSIVE_CUTOFF = 3;
  private static final int TRACEBACK_LIMIT = 1000;
  private static final int MAX_GROUP_WIDTH = 15;
  private static final int MAX_GROUP_DEPTH = 10;

  private final Map<String, Source> sources;
  private final StringBuilder out = new StringBuilder();
  private final IdentityHashMap<PyException, Boolean> seen = new IdentityHashMap<>();
  private int groupDepth;
  private boolean needClose;

  private TracebackPrinter(Map<String, Source> sources) {
    this.sources = sources;
  }

  static String format(PyException e, Map<String, Source> sources) {
    TracebackPrinter p = new TracebackPrinter(sources);
    p.printRecursive(e);
    return p.out.toString();
  }

  private String margin() {
    return groupDepth > 0 ? "| " : "";
  }

  private int indent() {
    return 2 * groupDepth;
  }

  private void indentedMargin(int indent, String margin) {
    out.append(" ".repeat(indent)).append(margin);
  }

  private void writeIndentedMargin() {
    indentedMargin(indent(), margin());
  }

  // ---- print_exception_recursive and friends

  private void printRecursive(PyException e) {
    causeAndContext(e);
    if (e instanceof PyExceptionGroup g) {
      printGroup(g);
    } else {
      printException(e);
    }
  }

  private void causeAndContext(PyException e) {
    seen.put(e, Boolean.TRUE);
    if (e.cause() != null) {
      if (!seen.containsKey(e.cause())) {
        chained(e.cause(), "The above exception was the direct cause of the following exception:\n");
      }
      return;
    }
    if (e.suppressContext()) {
      return;
    }
    if (e.context() != null && !seen.containsKey(e.context())) {
      chained(e.context(), "During handling of the above exception, another exception occurred:\n");
    }
  }

  private void chained(PyException e, String message) {
    boolean close = needClose;
    printRecursive(e);
    needClose = close;
    writeIndentedMargin();
    out.append('\n');
    writeIndentedMargin();
    out.append(message);
    writeIndentedMargin();
    out.append('\n');
  }

  private void printException(PyException e) {
    List<TracebackEntry> tb = e.traceback();
    if (!tb.isEmpty()) {
      String header = "Traceback (most recent call last):\n";
      String headerMargin = margin();
      if (e instanceof PyExceptionGroup) {
        header = "Exception Group Traceback (most recent call last):\n";
        if (groupDepth == 1) {
          headerMargin = "+ ";
        }
      }
      indentedMargin(indent(), headerMargin);
      out.append(header);
      printTraceback(tb);
    }
    writeIndentedMargin();
    out.append(Exceptions.summary(e)).append(Suggestions.suffix(e)).append('\n');
    printNotes(e);
  }

  private void printNotes(PyException e) {
    if (!e.hasDict()) {
      return;
    }
    Object notes = e.dict().get("__notes__");
    if (notes == null) {
      return;
    }
    if (!(notes instanceof PyList || notes instanceof PyTuple)) {
      writeIndentedMargin();
      out.append(safeRepr(notes)).append('\n');
      return;
    }
    for (Object note : Ops.toArray(notes)) {
      String text = note instanceof String s ? s : safeStr(note);
      for (String line : text.split("\n", -1)) {
        writeIndentedMargin();
        out.append(line).append('\n');
      }
    }
  }

  private static String safeRepr(Object o) {
    try {
      return Repr.repr(o);
    } catch (PyException x) {
      return "<__notes__ repr() failed>";
    }
  }

  private static String safeStr(Object o) {
    try {
      return Repr.str(o);
    } catch (PyException x) {
      return "<note str() failed>";
    }
  }

  private void printGroup(PyExceptionGroup g) {
    if (groupDepth > MAX_GROUP_DEPTH) {
      writeIndentedMargin();
      out.append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
      return;
    }
    if (groupDepth == 0) {
      groupDepth++;
    }
    printException(g);
    Object[] excs = g.exceptions().items();
    int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
    needClose = false;
    for (int i = 0; i < n; i++) {
      boolean last = i == n - 1;
      if (last) {
        needClose = true;
      }
      out.append(" ".repeat(indent()));
      boolean truncated = i >= MAX_GROUP_WIDTH;
      out.append(i == 0 ? "+-" : "  ");
      out.append(truncated ? "+---------------- ... ----------------\n"
          : "+---------------- " + (i + 1) + " ----------------\n");
      groupDepth++;
      if (!truncated) {
        printRecursive((PyException) excs[i]);
      } else {
        int remaining = excs.length - MAX_GROUP_WIDTH;
        writeIndentedMargin();
        out.append("and ").append(remaining).append(" more exception")
            .append(remaining > 1 ? "s" : "").append('\n');
      }
      if (last && needClose) {
        out.append(" ".repeat(indent()));
        out.append("+------------------------------------\n");
        needClose = false;
      }
      groupDepth--;
    }
    if (groupDepth == 1) {
      groupDepth--;
    }
  }

  // ---- tb_print_internal

  private void printTraceback(List<TracebackEntry> innermostFirst) {
    int count = Math.min(innermostFirst.size(), TRACEBACK_LIMIT);
    String lastFile = null;
    String lastName = null;
    int lastLine = -1;
    int cnt = 0;
    for (int i = count - 1; i >= 0; i--) {
      TracebackEntry t = innermostFirst.get(i);
      CodeObject code = t.code();
      int line = t.line();
      if (lastFile == null || !code.filename.equals(lastFile) || line != lastLine
          || !code.name.equals(lastName)) {
        if (cnt > RECURSIVE_CUTOFF) {
          lineRepeated(cnt);
        }
        lastFile = code.filename;
        lastLine = line;
        lastName = code.name;
        cnt = 0;
      }
      cnt++;
      if (cnt <= RECURSIVE_CUTOFF) {
        displayLine(t);
      }
    }
    if (cnt > RECURSIVE_CUTOFF) {
      lineRepeated(cnt);
    }
  }

  private void lineRepeated(int cnt) {
    cnt -= RECURSIVE_CUTOFF;
    writeIndentedMargin();
    out.append("  [Previous line repeated ").append(cnt)
        .append(cnt > 1 ? " more times]\n" : " more time]\n");
  }

  // ---- tb_displayline

  private void displayLine(TracebackEntry t) {
    CodeObject code = t.code();
    int lineno = t.line();
    writeIndentedMargin();
    out.append("  File \"").append(code.filename).append("\", line ").append(lineno)
        .append(", in ").append(code.name).append('\n');
    Source src = sources.get(code.filename);
    if (src == null || lineno < 1 || lineno > src.lineCount()) {
      return;
    }
    String line = stripNewline(src.line(lineno));
    int[] cps = line.codePoints().toArray();
    int lead = 0;
    while (lead < cps.length && (cps[lead] == ' ' || cps[lead] == '\t' || cps[lead] == '\f')) {
      lead++;
    }
    if (lead == cps.length) {
      return;
    }
    writeIndentedMargin();
    out.append("    ").append(new String(cps, lead, cps.length - lead)).append('\n');
    int pc = t.pc();
    if (pc < 0 || pc >= code.columns.length) {
      return;
    }
    int startLine = code.lines[pc];
    int endLine = code.endLines[pc];
    int start = code.columns[pc] - 1;
    int end = code.endColumns[pc] - 1;
    if (startLine != lineno || start < 0 || end < 0) {
      return;
    }
    int leftEnd = -1;
    int rightStart = -1;
    char primary = '^';
    char secondary = '^';
    if (startLine == endLine) {
      int[] anchors = anchors(cps, start, end);
      if (anchors != null) {
        leftEnd = anchors[0];
        rightStart = anchors[1];
        primary = '~';
        secondary = '^';
      }
    } else {
      int i = cps.length;
      while (--i >= 0) {
        if (!(cps[i] == ' ' || cps[i] == '\t' || cps[i] == '\f')) {
          break;
        }
      }
      end = i + 1;
    }
    // Columns on a terminal: East Asian wide characters take two (as CPython counts them).
    start = width(cps, start);
    end = width(cps, end);
    if (leftEnd != -1) {
      leftEnd = width(cps, leftEnd);
      rightStart = width(cps, rightStart);
    }
    int strippedLength = width(cps, cps.length) - lead;
    boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
    if (end - start == strippedLength && !secondaryRanges) {
      return;
    }
    writeIndentedMargin();
    StringBuilder carets = new StringBuilder();
    for (int offset = lead - 4 + 1; offset <= end; offset++) {
      if (offset <= start) {
        carets.append(' ');
      } else if (secondaryRanges && leftEnd < offset && offset <= rightStart) {
        carets.append(secondary);
      } else {
        carets.append(primary);
      }
    }
    out.append(carets).append('\n');
  }

  /** The display width of the first {@code n} code points of a line. */
  private static int width(int[] cps, int n) {
    int w = 0;
    for (int i = 0; i < n && i < cps.length; i++) {
      w += isWide(cps[i]) ? 2 : 1;
    }
    return w + Math.max(0, n - cps.length);
  }

  /** East Asian Width W or F (CJK, Hangul, full-width forms, emoji), from Unicode's ranges. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static String stripNewline(String s) {
    int n = s.length();
    while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
      n--;
    }
    return s.substring(0, n);
  }

  /**
   * extract_anchors_from_line: for a binary operation or a subscript spanning the segment,
   * the {@code [leftEnd, rightStart)} range under the operator or the brackets, as offsets in
   * the line; null when the segment is anything else.
   */
  private static int[] anchors(int[] line, int start, int end) {
    if (end > line.length || start >= end) {
      return null;
    }
    int[] seg = java.util.Arrays.copyOfRange(line, start, end);
    String text = new String(seg, 0, seg.length);
    ParseResult parsed = Parser.parse(new Source("<segment>", text + "\n"));
    if (parsed.hasErrors() || parsed.module().body().size() != 1
        || !(parsed.module().body().get(0) instanceof Stmt.ExprStmt stmt)) {
      return null;
    }
    Expr e = stmt.value();
    if (e instanceof Expr.BinOp b) {
      int leftEnd = b.left().span().endCol() - 1;
      int rightStart = b.right().span().col() - 1;
      if (b.left().span().endLine() != 1 || b.right().span().line() != 1) {
        return null;
      }
      int left = -1;
      int right = -1;
      for (int i = leftEnd; i < rightStart; i++) {
        if (isWhitespace(seg[i])) {
          continue;
        }
        left = i;
        right = i + 1;
        if (i + 1 < rightStart && !isWhitespace(seg[i + 1])) {
          right++;
        }
        if (i + 1 < rightStart && seg[i] == ')') {
          continue;
        }
        break;
      }
      if (left < 0) {
        return null;
      }
      return new int[] {left + start, right + start};
    }
    if (e instanceof Expr.Subscript s) {
      if (s.value().span().endLine() != 1 || s.slice().span().endLine() != 1) {
        return null;
      }
      return new int[] {s.value().span().endCol() - 1 + start,
          s.slice().span().endCol() - 1 + 1 + start};
    }
    return null;
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
