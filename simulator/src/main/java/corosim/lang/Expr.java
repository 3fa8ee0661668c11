package corosim.lang;

import corosim.lang.Node.Arguments;
import corosim.lang.Node.Comprehension;
import corosim.lang.Node.Keyword;
import java.util.List;
import java.util.Objects;

/**
 * Expression nodes of the syntax tree, one record per Python 3.11 expression form (the shapes
 * follow CPython's {@code ast} module). Lists are never null; optional children are null.
 */
public sealed interface Expr {
  SourceSpan span();

  <R> R accept(Visitor<R> v);

  /** Walks expressions; adding a node breaks every pass until it handles the node. */
  interface Visitor<R> {
    R visitName(Name e);
    R visitConstant(Constant e);
    R visitJoinedStr(JoinedStr e);
    R visitFormattedValue(FormattedValue e);
    R visitBinOp(BinOp e);
    R visitUnaryOp(UnaryOp e);
    R visitBoolOp(BoolOp e);
    R visitCompare(Compare e);
    R visitIfExp(IfExp e);
    R visitCall(Call e);
    R visitAttribute(Attribute e);
    R visitSubscript(Subscript e);
    R visitSlice(Slice e);
    R visitStarred(Starred e);
    R visitListExpr(ListExpr e);
    R visitTupleExpr(TupleExpr e);
    R visitSetExpr(SetExpr e);
    R visitDictExpr(DictExpr e);
    R visitListComp(ListComp e);
    R visitSetComp(SetComp e);
    R visitDictComp(DictComp e);
    R visitGeneratorExp(GeneratorExp e);
    R visitLambda(Lambda e);
    R visitAwait(Await e);
    R visitYield(Yield e);
    R visitYieldFrom(YieldFrom e);
    R visitNamedExpr(NamedExpr e);
  }

  record Name(String id, SourceSpan span) implements Expr {
    public Name {
      Objects.requireNonNull(id, "id");
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitName(this);
    }
  }

  /**
   * A literal. {@code value} is one of: {@code java.math.BigInteger} (int), {@code Double}
   * (float), {@link Imaginary} (complex literal {@code 2j}), {@code String} (str, escapes
   * decoded, adjacent literals joined), {@link Bytes}, {@code Boolean}, or {@link Singleton}.
   */
  record Constant(Object value, SourceSpan span) implements Expr {
    public Constant {
      Objects.requireNonNull(value, "value");
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitConstant(this);
    }
  }

  enum Singleton { NONE, ELLIPSIS }

  /** The value of an imaginary literal such as {@code 1.5j}. */
  record Imaginary(double imag) {}

  /** A bytes literal's contents. */
  record Bytes(byte[] data) {
    public Bytes {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && java.util.Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Bytes" + java.util.Arrays.toString(data);
    }
  }

  /** An f-string: {@link Constant} string parts and {@link FormattedValue} parts, in order. */
  record JoinedStr(List<Expr> values, SourceSpan span) implements Expr {
    public JoinedStr {
      values = List.copyOf(values);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitJoinedStr(this);
    }
  }

  /**
   * One {@code {value!conversion:spec}} of an f-string. {@code conversion} is -1 (none), 's',
   * 'r' or 'a'; {@code formatSpec} is a JoinedStr or null. For {@code f"{x=}"} the parser puts
   * the text {@code "x="} as a Constant before this node and sets conversion to 'r' when no
   * conversion or spec was given, as CPython does.
   */
  record FormattedValue(Expr value, int conversion, Expr formatSpec, SourceSpan span)
      implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitFormattedValue(this);
    }
  }

  record BinOp(Expr left, Operator.Binary op, Expr right, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitBinOp(this);
    }
  }

  record UnaryOp(Operator.Unary op, Expr operand, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitUnaryOp(this);
    }
  }

  /** {@code a and b and c}: two or more values. */
  record BoolOp(Operator.Bool op, List<Expr> values, SourceSpan span) implements Expr {
    public BoolOp {
      values = List.copyOf(values);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitBoolOp(this);
    }
  }

  /** {@code a < b <= c}: ops and comparators have the same length, at least one. */
  record Compare(Expr left, List<Operator.Compare> ops, List<Expr> comparators, SourceSpan span)
      implements Expr {
    public Compare {
      ops = List.copyOf(ops);
      comparators = List.copyOf(comparators);
      if (ops.size() != comparators.size() || ops.isEmpty()) {
        throw new IllegalArgumentException("compare needs matching ops and comparators");
      }
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitCompare(this);
    }
  }

  record IfExp(Expr test, Expr body, Expr orElse, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitIfExp(this);
    }
  }

  /** A call; {@code args} may contain {@link Starred}, keywords with a null name are {@code **x}. */
  record Call(Expr func, List<Expr> args, List<Keyword> keywords, SourceSpan span) implements Expr {
    public Call {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitCall(this);
    }
  }

  record Attribute(Expr value, String attr, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitAttribute(this);
    }
  }

  /** {@code value[slice]}; a multi-index {@code a[1, 2]} has a TupleExpr slice. */
  record Subscript(Expr value, Expr slice, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitSubscript(this);
    }
  }

  /** {@code lower:upper:step} inside a subscript; each part may be null. */
  record Slice(Expr lower, Expr upper, Expr step, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitSlice(this);
    }
  }

  record Starred(Expr value, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitStarred(this);
    }
  }

  record ListExpr(List<Expr> elts, SourceSpan span) implements Expr {
    public ListExpr {
      elts = List.copyOf(elts);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitListExpr(this);
    }
  }

  record TupleExpr(List<Expr> elts, SourceSpan span) implements Expr {
    public TupleExpr {
      elts = List.copyOf(elts);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitTupleExpr(this);
    }
  }

  record SetExpr(List<Expr> elts, SourceSpan span) implements Expr {
    public SetExpr {
      elts = List.copyOf(elts);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitSetExpr(this);
    }
  }

  /** A dict display; a null key at position i means {@code **values[i]}. */
  record DictExpr(List<Expr> keys, List<Expr> values, SourceSpan span) implements Expr {
    public DictExpr {
      keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
      values = List.copyOf(values);
      if (keys.size() != values.size()) {
        throw new IllegalArgumentException("dict display needs as many keys as values");
      }
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitDictExpr(this);
    }
  }

  record ListComp(Expr elt, List<Comprehension> generators, SourceSpan span) implements Expr {
    public ListComp {
      generators = List.copyOf(generators);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitListComp(this);
    }
  }

  record SetComp(Expr elt, List<Comprehension> generators, SourceSpan span) implements Expr {
    public SetComp {
      generators = List.copyOf(generators);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitSetComp(this);
    }
  }

  record DictComp(Expr key, Expr value, List<Comprehension> generators, SourceSpan span)
      implements Expr {
    public DictComp {
      generators = List.copyOf(generators);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitDictComp(this);
    }
  }

  record GeneratorExp(Expr elt, List<Comprehension> generators, SourceSpan span) implements Expr {
    public GeneratorExp {
      generators = List.copyOf(generators);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitGeneratorExp(this);
    }
  }

  record Lambda(Arguments args, Expr body, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitLambda(this);
    }
  }

  record Await(Expr value, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitAwait(this);
    }
  }

  /** {@code yield} with an optional value (null for a bare yield). */
  record Yield(Expr value, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitYield(this);
    }
  }

  record YieldFrom(Expr value, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitYieldFrom(this);
    }
  }

  /** The walrus {@code target := value}. */
  record NamedExpr(Name target, Expr value, SourceSpan span) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.visitNamedExpr(this);
    }
  }
}
