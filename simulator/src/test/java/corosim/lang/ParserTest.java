package corosim.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static Node.Module parse(String text) {
    ParseResult result = Parser.parse(new Source("t.py", text));
    assertThat(result.diagnostics()).as("diagnostics of %s", text).isEmpty();
    return result.module();
  }

  private static String dump(String text) {
    return AstDump.dump(parse(text));
  }

  private static Expr expression(String text) {
    return ((Stmt.ExprStmt) parse(text).body().get(0)).value();
  }

  private static Object constant(String text) {
    return ((Expr.Constant) expression(text)).value();
  }

  @Test
  void parse_powerAfterUnaryMinus_bindsTighter() {
    assertThat(dump("-2**2")).isEqualTo("Module(body=[Expr(value=UnaryOp(op=USub(),"
        + " operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))],"
        + " type_ignores=[])");
    assertThat(dump("2**-1")).contains("BinOp(left=Constant(value=2), op=Pow(),"
        + " right=UnaryOp(op=USub(), operand=Constant(value=1)))");
    assertThat(dump("2**3**4")).contains("BinOp(left=Constant(value=2), op=Pow(),"
        + " right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4)))");
  }

  @Test
  void parse_numbers_haveJavaValueTypes() {
    assertThat(constant("123456789012345678901234567890"))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(constant("0x_ff")).isEqualTo(BigInteger.valueOf(255));
    assertThat(constant("0o17")).isEqualTo(BigInteger.valueOf(15));
    assertThat(constant("0b101")).isEqualTo(BigInteger.valueOf(5));
    assertThat(constant("1_000.5e-3")).isEqualTo(1.0005);
    assertThat(constant("1e400")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(constant("2.5j")).isEqualTo(new Expr.Imaginary(2.5));
  }

  @Test
  void parse_stringEscapes_decodedAsPythonDoes() {
    assertThat(constant("'\\x41\\u00e9\\N{EM DASH}\\101\\t\\\\'")).isEqualTo("Aé—A\t\\");
    assertThat(constant("r'\\n' '\\n'")).isEqualTo("\\n\n");
    assertThat(constant("'a\\\nb'")).isEqualTo("ab");
    assertThat(constant("'''x\r\ny'''")).isEqualTo("x\ny");
    assertThat(constant("b'\\x00a\\377' rb'\\n'"))
        .isEqualTo(new Expr.Bytes(new byte[] {0, 'a', (byte) 0xff, '\\', 'n'}));
  }

  @Test
  void parse_invalidEscape_keptWithWarning() {
    ParseResult result = Parser.parse(new Source("t.py", "x = '\\d'\n"));
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics()).extracting(Diagnostic::message)
        .containsExactly("invalid escape sequence '\\d'");
  }

  @Test
  void parse_selfDocumentingFString_addsTextAndRepr() {
    Expr.JoinedStr joined = (Expr.JoinedStr) expression("f'{x = }'");
    assertThat(joined.values()).hasSize(2);
    assertThat(((Expr.Constant) joined.values().get(0)).value()).isEqualTo("x = ");
    Expr.FormattedValue value = (Expr.FormattedValue) joined.values().get(1);
    assertThat(value.conversion()).isEqualTo('r');
    assertThat(value.formatSpec()).isNull();
  }

  @Test
  void parse_fStringExpression_spanPointsIntoTheSource() {
    Expr.JoinedStr joined = (Expr.JoinedStr) expression("f'值 {名字.长度:>{宽}}'");
    Expr.FormattedValue value = (Expr.FormattedValue) joined.values().get(1);
    assertThat(value.value().span()).isEqualTo(new SourceSpan(1, 6, 1, 11));
    Expr.JoinedStr spec = (Expr.JoinedStr) value.formatSpec();
    Expr width = ((Expr.FormattedValue) spec.values().get(1)).value();
    assertThat(width.span()).isEqualTo(new SourceSpan(1, 14, 1, 15));
    Expr.JoinedStr multiline = (Expr.JoinedStr) expression("f'''a\n  {b +\n c}'''");
    Expr.BinOp sum = (Expr.BinOp) ((Expr.FormattedValue) multiline.values().get(1)).value();
    assertThat(sum.span()).isEqualTo(new SourceSpan(2, 4, 3, 3));
  }

  @Test
  void parse_softKeywords_areNamesOutsideMatch() {
    Node.Module module = parse("match = [1]\nmatch[0] = case = _ = 2\nmatch x:\n    case _:\n"
        + "        pass\n");
    assertThat(module.body()).hasSize(3);
    assertThat(module.body().get(2)).isInstanceOf(Stmt.Match.class);
    Stmt.Match match = (Stmt.Match) module.body().get(2);
    assertThat(match.cases().get(0).pattern())
        .isEqualTo(new Pattern.MatchAs(null, null, new SourceSpan(4, 10, 4, 11)));
  }

  @Test
  void parse_moduleDocstring_isRecordedAndKeptInTheBody() {
    Node.Module module = parse("# comment\n'''Run two tasks.\n\ncorosim: {}'''\nx = 1\n");
    assertThat(module.docstring()).isEqualTo("Run two tasks.\n\ncorosim: {}");
    assertThat(module.body()).hasSize(2);
    assertThat(parse("x = 1\n'not a docstring'\n").docstring()).isNull();
    assertThat(parse("f'{x}'\n").docstring()).isNull();
  }

  @Test
  void parse_elif_nestsAnIfInOrElse() {
    Stmt.If outer = (Stmt.If) parse("if a:\n    x\nelif b:\n    y\nelse:\n    z\n").body().get(0);
    assertThat(outer.orElse()).hasSize(1);
    Stmt.If inner = (Stmt.If) outer.orElse().get(0);
    assertThat(inner.span()).isEqualTo(new SourceSpan(3, 1, 6, 6));
    assertThat(outer.span()).isEqualTo(new SourceSpan(1, 1, 6, 6));
  }

  @Test
  void parse_spans_coverEachConstruct() {
    Stmt.Assign assign = (Stmt.Assign) parse("resp = await client.get(url, timeout=5)  # x\n")
        .body().get(0);
    assertThat(assign.span()).isEqualTo(new SourceSpan(1, 1, 1, 40));
    Expr.Await await = (Expr.Await) assign.value();
    assertThat(await.span()).isEqualTo(new SourceSpan(1, 8, 1, 40));
    Expr.Call call = (Expr.Call) await.value();
    assertThat(call.span()).isEqualTo(new SourceSpan(1, 14, 1, 40));
    assertThat(call.func().span()).isEqualTo(new SourceSpan(1, 14, 1, 24));
    assertThat(call.keywords().get(0).span()).isEqualTo(new SourceSpan(1, 30, 1, 39));
  }

  @Test
  void parse_decoratedFunction_spanStartsAtDecorator() {
    Stmt.FunctionDef def = (Stmt.FunctionDef) parse("@retry(3)\nasync def fetch(url: str) -> bytes:\n"
        + "    return await get(url)\n").body().get(0);
    assertThat(def.isAsync()).isTrue();
    assertThat(def.span()).isEqualTo(new SourceSpan(1, 1, 3, 26));
    assertThat(def.args().args().get(0).span()).isEqualTo(new SourceSpan(2, 17, 2, 25));
  }

  @Test
  void parse_parameters_fillArgumentsLikeCPython() {
    Stmt.FunctionDef def = (Stmt.FunctionDef) parse(
        "def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n").body().get(0);
    Node.Arguments args = def.args();
    assertThat(args.posOnly()).extracting(Node.Arg::name).containsExactly("a", "b");
    assertThat(args.args()).extracting(Node.Arg::name).containsExactly("c");
    assertThat(args.defaults()).hasSize(2);
    assertThat(args.vararg().name()).isEqualTo("args");
    assertThat(args.kwOnly()).extracting(Node.Arg::name).containsExactly("d", "e");
    assertThat(args.kwDefaults().get(0)).isNull();
    assertThat(args.kwarg().name()).isEqualTo("kw");
  }

  @Test
  void parse_brokenFile_keepsTheStatementsThatParse() {
    ParseResult result = Parser.parse(new Source("t.py",
        "a = 1\nb = (2\nc = 3\ndef f(:\n    pass\nd = 4\n"));
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.module().body()).extracting(s -> ((Stmt.Assign) s).targets().get(0))
        .extracting(t -> ((Expr.Name) t).id()).containsExactly("a", "c", "d");
  }

  @Test
  void parse_tenThousandLineFile_givesEveryStatementAndNoDiagnostic() {
    String block = String.join("\n",
        "async def worker_%d(name, queue: asyncio.Queue[int]) -> None:",
        "    '''Takes items until cancelled.'''",
        "    total = 0",
        "    while True:",
        "        item = await queue.get()",
        "        if item is None or item < 0:",
        "            break",
        "        total += item ** 2 // 3",
        "        print(f'{name}: {item!r:>5} ({total})', [x for x in range(item) if x % 2])",
        "        queue.task_done()",
        "    return total",
        "",
        "",
        "class Job_%d(Base, metaclass=Meta):",
        "    limits = {'cpu': 2, 'mem': 1.5e9, **defaults}",
        "    def run(self, *args, **kwargs):",
        "        with self.lock as held, open('x') as f:",
        "            return self.fn(*args, **kwargs)",
        "",
        "");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      text.append(block.replace("%d", Integer.toString(i)));
    }
    Source source = new Source("big.py", text.toString());
    assertThat(source.lineCount()).isGreaterThanOrEqualTo(10_000);
    ParseResult result = Parser.parse(source);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.module().body()).hasSize(1200);
  }

  @Test
  void parse_everyPrefixOfAFile_neverThrowsAndTerminates() {
    String text = String.join("", ParserCorpus.SNIPPETS.subList(0, 80));
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int cut = 0; cut < text.length(); cut += 7) {
        Parser.parse(new Source("cut.py", text.substring(0, cut)));
      }
    });
  }

  @Test
  void parse_randomMutations_neverThrowAndTerminate() {
    String text = String.join("", ParserCorpus.SNIPPETS.subList(0, 100));
    String alphabet = "()[]{}:;,.=+-*/%@'\"\\#\n\t     abcxyz019_ifelsedefclassmatchcase\u00e9名";
    Random random = new Random(20240611L);
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int round = 0; round < 400; round++) {
        StringBuilder mutated = new StringBuilder(text);
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
          int at = random.nextInt(mutated.length());
          if (random.nextBoolean()) {
            mutated.deleteCharAt(at);
          } else {
            mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        ParseResult result = Parser.parse(new Source("m.py", mutated.toString()));
        assertThat(result.module()).isNotNull();
        for (Diagnostic d : result.diagnostics()) {
          assertThat(d.message()).doesNotStartWith("internal error");
        }
      }
    });
  }

  @Test
  void parse_deeplyNestedInput_reportsInsteadOfCrashing() {
    ParseResult parens = Parser.parse(new Source("t.py", "x = " + "(".repeat(300) + "1"
        + ")".repeat(300) + "\n"));
    assertThat(parens.diagnostics()).extracting(Diagnostic::message)
        .contains("too many nested parentheses");
    ParseResult unary = Parser.parse(new Source("t.py", "x = " + "-".repeat(100_000) + "1\n"));
    assertThat(unary.module()).isNotNull();
    assertThat(List.of(parens, unary)).allMatch(r -> r.module() != null);
  }
}
