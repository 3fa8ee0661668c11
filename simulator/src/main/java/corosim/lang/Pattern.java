package corosim.lang;

import java.util.List;

/** Patterns of {@code match} statements, as CPython's {@code ast} pattern nodes. */
public sealed interface Pattern {
  SourceSpan span();

  <R> R accept(Visitor<R> v);

  interface Visitor<R> {
    R visitMatchValue(MatchValue p);
    R visitMatchSingleton(MatchSingleton p);
    R visitMatchSequence(MatchSequence p);
    R visitMatchMapping(MatchMapping p);
    R visitMatchClass(MatchClass p);
    R visitMatchStar(MatchStar p);
    R visitMatchAs(MatchAs p);
    R visitMatchOr(MatchOr p);
  }

  /** A literal or dotted-name value compared with ==. */
  record MatchValue(Expr value, SourceSpan span) implements Pattern {
    public <R> R accept(Visitor<R> v) {
      return v.visitMatchValue(this);
    }
  }

  /** {@code None}, {@code True} or {@code False}, compared with {@code is}. */
  record MatchSingleton(Expr.Constant value, SourceSpan span) implements Pattern {
    public <R> R accept(Visitor<R> v) {
      return v.visitMatchSingleton(this);
    }
  }

  record MatchSequence(List<Pattern> patterns, SourceSpan span) implements Pattern {
    public MatchSequence {
      patterns = List.copyOf(patterns);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitMatchSequence(this);
    }
  }

  /** {@code {key: pattern, **rest}}; rest may be null. */
  record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, SourceSpan span)
      implements Pattern {
    public MatchMapping {
      keys = List.copyOf(keys);
      patterns = List.copyOf(patterns);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitMatchMapping(this);
    }
  }

  record MatchClass(
      Expr cls,
      List<Pattern> patterns,
      List<String> kwdAttrs,
      List<Pattern> kwdPatterns,
      SourceSpan span)
      implements Pattern {
    public MatchClass {
      patterns = List.copyOf(patterns);
      kwdAttrs = List.copyOf(kwdAttrs);
      kwdPatterns = List.copyOf(kwdPatterns);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitMatchClass(this);
    }
  }

  /** {@code *name} in a sequence pattern; name null for {@code *_}. */
  record MatchStar(String name, SourceSpan span) implements Pattern {
    public <R> R accept(Visitor<R> v) {
      return v.visitMatchStar(this);
    }
  }

  /** {@code pattern as name}, a capture ({@code pattern} null) or the wildcard (both null). */
  record MatchAs(Pattern pattern, String name, SourceSpan span) implements Pattern {
    public <R> R accept(Visitor<R> v) {
      return v.visitMatchAs(this);
    }
  }

  record MatchOr(List<Pattern> patterns, SourceSpan span) implements Pattern {
    public MatchOr {
      patterns = List.copyOf(patterns);
    }

    public <R> R accept(Visitor<R> v) {
      return v.visitMatchOr(this);
    }
  }
}
