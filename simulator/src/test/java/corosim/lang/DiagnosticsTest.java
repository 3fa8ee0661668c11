package corosim.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Syntax errors as the user reads them: every diagnostic of a file, rendered, verbatim. */
class DiagnosticsTest {
  private static String render(String path, String text) {
    Source source = new Source(path, text);
    return Parser.parse(source).diagnostics().stream()
        .map(d -> DiagnosticRenderer.render(source, d))
        .collect(Collectors.joining());
  }

  @Test
  void parse_missingColon_pointsPastCondition() {
    String text = "# Missing colon.\nimport asyncio\n\nif response.status == 200\n    print('ok')\n";
    assertThat(render("scenarios/errors/syntax_01_missing_colon.py", text)).isEqualTo("""
        scenarios/errors/syntax_01_missing_colon.py:4:26: error: expected ':' after the if condition
            if response.status == 200
                                     ^
        hint: every `if` line ends with a colon
        """);
  }

  @Test
  void parse_unclosedParenthesis_pointsAtTheOpeningOne() {
    assertThat(render("b.py", "total = sum(values\nprint(total)\n")).isEqualTo("""
        b.py:1:12: error: '(' was never closed
            total = sum(values
                       ^
        hint: add the matching ')' where the expression ends
        """);
  }

  @Test
  void parse_missingComma_namesTheOpenBracket() {
    assertThat(render("b.py", "await fetch(url timeout)\n")).isEqualTo("""
        b.py:1:17: error: expected ')' to close '(' at 1:12, found 'timeout'
            await fetch(url timeout)
                            ^~~~~~~
        hint: separate the arguments with ','
        """);
  }

  @Test
  void parse_assignmentInCondition_suggestsEquality() {
    assertThat(render("c.py", "while count = 3:\n    count += 1\n")).isEqualTo("""
        c.py:1:13: error: expected ':' after the while condition, found '='
            while count = 3:
                        ^
        hint: to compare, use '=='; to assign inside a condition, use ':='
        """);
  }

  @Test
  void parse_unindentMismatch_reportedAtTheLine() {
    String text = "async def main():\n        await asyncio.sleep(1)\n    print('done')\n";
    assertThat(render("d.py", text)).isEqualTo("""
        d.py:3:5: error: unindent does not match any outer indentation level
                print('done')
                ^
        hint: indent this line exactly as far as the block it belongs to
        """);
  }

  @Test
  void parse_python2Print_suggestsTheCall() {
    assertThat(render("e.py", "print \"hello\", name\n")).isEqualTo("""
        e.py:1:1: error: missing parentheses in call to 'print'
            print "hello", name
            ^~~~~
        hint: in Python 3 print is a function: print("hello", name)
        """);
  }

  @Test
  void parse_assignToCall_isInvalidTarget() {
    assertThat(render("f.py", "get_task() = asyncio.create_task(work())\n")).isEqualTo("""
        f.py:1:1: error: cannot assign to function call
            get_task() = asyncio.create_task(work())
            ^~~~~~~~~~
        hint: to compare, use '=='; only names, attributes and items can be assigned to
        """);
  }

  @Test
  void parse_threeIndependentErrors_allReported() {
    String text = """
        import asyncio


        async def fetch(url)
            await asyncio.sleep(1)


        async def main():
            results = await asyncio.gather(fetch("a"), fetch("b")
            for r in results:
                print r
        """;
    assertThat(render("g.py", text)).isEqualTo("""
        g.py:4:21: error: expected ':' after the function signature
            async def fetch(url)
                                ^
        hint: every `def` line ends with a colon
        g.py:9:35: error: '(' was never closed
                results = await asyncio.gather(fetch("a"), fetch("b")
                                              ^
        hint: add the matching ')' where the expression ends
        g.py:11:9: error: missing parentheses in call to 'print'
                    print r
                    ^~~~~
        hint: in Python 3 print is a function: print(r)
        """);
  }

  @Test
  void parse_lexicalErrors_reportedAndParsingGoesOn() {
    assertThat(render("h.py", "name = \"ada\nprice = 10 € 2\nok = (\n")).isEqualTo("""
        h.py:1:8: error: unterminated string literal (detected at line 1)
            name = "ada
                   ^
        hint: close the string with " on the same line, or use triple quotes for text over several lines
        h.py:2:12: error: invalid character '€' (U+20AC)
            price = 10 € 2
                       ^
        h.py:3:6: error: '(' was never closed
            ok = (
                 ^
        hint: add the matching ')' where the expression ends
        """);
  }

  @Test
  void parse_missingBlock_namesTheStatement() {
    assertThat(render("i.py", "for i in range(3):\nprint(i)\n")).isEqualTo("""
        i.py:2:1: error: expected an indented block after 'for' statement on line 1
            print(i)
            ^~~~~
        hint: indent the lines of the block, e.g. 4 spaces deeper
        """);
  }

  @Test
  void parse_fStringError_pointsInsideTheString() {
    assertThat(render("j.py", "print(f\"{} items\")\n")).isEqualTo("""
        j.py:1:10: error: f-string: empty expression not allowed
            print(f"{} items")
                     ^
        hint: put an expression between the braces, or write '{{' for a literal '{'
        """);
  }

  @Test
  void parse_tabsAndWideCharacters_caretStillAligned() {
    assertThat(render("k.py", "if ready:\n\tvalue = (1, 2]\n名字 = 1 +\n")).isEqualTo("""
        k.py:2:15: error: closing parenthesis ']' does not match opening parenthesis '('
                    value = (1, 2]
                                 ^
        hint: close '(' at 2:10 with ')'
        k.py:3:9: error: expected an expression after '+'
            名字 = 1 +
                      ^
        """);
  }

  @Test
  void parse_errorsInsideBlocks_eachReportedOnce() {
    String text = """
        class Worker:
            def run(self):
                x = = 1
                return x

            def stop(self)
                self.running = False
                del self.task()

        try:
            pass
        """;
    assertThat(render("l.py", text)).isEqualTo("""
        l.py:3:13: error: expected an expression after '=', found '='
                    x = = 1
                        ^
        l.py:6:19: error: expected ':' after the function signature
                def stop(self)
                              ^
        hint: every `def` line ends with a colon
        l.py:8:13: error: cannot delete function call
                    del self.task()
                        ^~~~~~~~~~~
        hint: del removes names, attributes and items such as x, obj.attr, d[key]
        l.py:11:9: error: expected 'except' or 'finally' block, found end of file
                pass
                    ^
        hint: a `try` needs at least one `except` or `finally` clause at its own indentation
        """);
  }

  @Test
  void parse_unexpectedIndentAndOrphanElse_reportedAndParsingGoesOn() {
    String text = "x = 1\n    y = 2\nelse:\n    z = 3\nw = (\n";
    assertThat(render("m.py", text)).isEqualTo("""
        m.py:2:5: error: unexpected indent
                y = 2
                ^
        hint: indent a line only to start the block after a line ending with ':'
        m.py:3:1: error: 'else' without a matching 'if', 'for', 'while' or 'try'
            else:
            ^~~~
        hint: align it with the statement it continues, and check that statement's own errors
        m.py:5:5: error: '(' was never closed
            w = (
                ^
        hint: add the matching ')' where the expression ends
        """);
  }
}
