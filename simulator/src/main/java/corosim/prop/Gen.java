package corosim.prop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator: a pure function from a test case's choice sequence to a value, as a strategy is
 * in Hypothesis. Because a value is only ever decided by choices, shrinking the choices shrinks
 * the value, through {@link #map}, {@link #filter} and {@link #flatMap} alike, and a value that
 * shrinking reaches is always one the generator could have made.
 *
 * <p>A generator must draw only from the test case it is given (no other randomness, clock or
 * hash order). Write your own as a lambda that draws from others: {@code tc -> new
 * Point(tc.draw(xs), tc.draw(ys))}. Collections come out in draw order and unmodifiable.
 */
@FunctionalInterface
public interface Gen<T> {
  /** Produces a value from {@code tc}'s choices; call through {@link TestCase#draw}. */
  T generate(TestCase tc);

  /** The generator of {@code f} applied to this one's values; shrinks as this one does. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return tc -> f.apply(tc.draw(this));
  }

  /**
   * This generator's values that satisfy {@code keep}. Tries three draws, then rejects the case;
   * a filter that rejects nearly everything fails the run's health check instead of hanging.
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    Objects.requireNonNull(keep, "keep");
    return tc -> {
      for (int attempt = 0; attempt < 3; attempt++) {
        T value = tc.draw(this);
        if (keep.test(value)) {
          return value;
        }
      }
      tc.reject();
      throw new IllegalStateException("reject returned");
    };
  }

  /** Draws a value, then draws from the generator {@code f} makes of it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return tc -> tc.draw(f.apply(tc.draw(this)));
  }

  // ---- values ----

  /** Always {@code value}; draws no choices. */
  static <T> Gen<T> constant(T value) {
    return tc -> value;
  }

  /** An int in [min, max], shrinking toward 0, or toward the bound nearest 0. */
  static Gen<Integer> integers(int min, int max) {
    checkRange(min, max);
    return tc -> (int) Numbers.integer(tc, min, max);
  }

  /** A long in [min, max], shrinking toward 0; {@code min} must be above Long.MIN_VALUE. */
  static Gen<Long> longs(long min, long max) {
    checkRange(min, max);
    if (min == Long.MIN_VALUE) {
      throw new IllegalArgumentException("min must be > Long.MIN_VALUE");
    }
    return tc -> Numbers.integer(tc, min, max);
  }

  /** A finite double in [min, max], shrinking toward 0, or toward the bound nearest 0. */
  static Gen<Double> doubles(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "bounds must be finite with min <= max, got [" + min + ", " + max + "]");
    }
    return tc -> Numbers.real(tc, min, max);
  }

  /** false or true, equally likely; false is simpler. */
  static Gen<Boolean> booleans() {
    return tc -> tc.choice(1, rng -> rng.nextBounded(1)) == 1;
  }

  /** One of {@code values}, equally likely; shrinks toward the first. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T v : values) {
      copy.add(v);
    }
    return elements(copy);
  }

  /** One of {@code values}, equally likely; shrinks toward the first. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    int last = copy.size() - 1;
    return tc -> copy.get((int) tc.choice(last, rng -> rng.nextBounded(last)));
  }

  /** A value from one of {@code gens}, each equally likely; shrinks toward the first. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> g : gens) {
      copy.add(Objects.requireNonNull(g, "gen"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    int last = copy.size() - 1;
    return tc -> tc.draw(copy.get((int) tc.choice(last, rng -> rng.nextBounded(last))));
  }

  /** A value from one of the alternatives, chosen in proportion to the weights; shrinks toward the first. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
    List<Weighted<? extends T>> copy = new ArrayList<>(alternatives.length);
    for (Weighted<? extends T> w : alternatives) {
      copy.add(Objects.requireNonNull(w, "alternative"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("frequency needs at least one alternative");
    }
    long total = 0;
    for (Weighted<? extends T> w : copy) {
      total += w.weight();
    }
    long last = total - 1;
    int lastIndex = copy.size() - 1;
    return tc -> {
      int index =
          (int)
              tc.choice(
                  lastIndex,
                  rng -> {
                    long ticket = rng.nextBounded(last);
                    int i = 0;
                    while (ticket >= copy.get(i).weight()) {
                      ticket -= copy.get(i).weight();
                      i++;
                    }
                    return i;
                  });
      return tc.draw(copy.get(index).gen());
    };
  }

  // ---- structures ----

  /** Lists of 0 or more elements, five on average. */
  static <T> Gen<List<T>> lists(Gen<T> element) {
    return lists(element, 0, Integer.MAX_VALUE);
  }

  /** Lists of [minSize, maxSize] elements; shrinks toward shorter lists of simpler elements. */
  static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    Object label = new Object();
    return tc -> {
      List<T> out = new ArrayList<>();
      Many many = new Many(tc, minSize, maxSize, label);
      while (many.more()) {
        out.add(tc.draw(element));
        many.done();
      }
      return Collections.unmodifiableList(out);
    };
  }

  /** Strings of [minSize, maxSize] characters from {@code alphabet}; shrinks toward its first. */
  static Gen<String> strings(String alphabet, int minSize, int maxSize) {
    List<Character> chars = new ArrayList<>();
    alphabet.chars().forEach(c -> chars.add((char) c));
    return lists(elements(chars), minSize, maxSize)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  /**
   * Maps of [minSize, maxSize] entries with distinct keys, in insertion order. A key drawn twice
   * is dropped; if keys keep repeating the map stops growing (or the case is rejected, below the
   * minimum size).
   */
  static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int minSize, int maxSize) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(values, "values");
    checkSizes(minSize, maxSize);
    Object label = new Object();
    return tc -> {
      Map<K, V> out = new LinkedHashMap<>();
      Many many = new Many(tc, minSize, maxSize, label);
      while (many.more()) {
        K key = tc.draw(keys);
        if (out.containsKey(key)) {
          many.discard();
          continue;
        }
        out.put(key, tc.draw(values));
        many.done();
      }
      return Collections.unmodifiableMap(out);
    };
  }

  static <A, B> Gen<Pair<A, B>> pairs(Gen<A> first, Gen<B> second) {
    return combine(first, second, Pair::new);
  }

  static <A, B, C> Gen<Triple<A, B, C>> triples(Gen<A> first, Gen<B> second, Gen<C> third) {
    return tc -> new Triple<>(tc.draw(first), tc.draw(second), tc.draw(third));
  }

  /** Draws from {@code first} then {@code second} and combines the two values. */
  static <A, B, R> Gen<R> combine(
      Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> f) {
    return tc -> f.apply(tc.draw(first), tc.draw(second));
  }

  /**
   * Recursive structures: a {@code leaf}, or what {@code branch} builds from smaller structures,
   * at most {@code maxDepth} branches deep. Each level is a leaf or a branch with equal chance;
   * a leaf is simpler. Every subtree is a span of one label, so the shrinker can replace a tree
   * by one of its subtrees.
   */
  static <T> Gen<T> recursive(Gen<T> leaf, Function<Gen<T>, Gen<? extends T>> branch, int maxDepth) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must be >= 0, got " + maxDepth);
    }
    Object label = new Object();
    Gen<T> level = tc -> { // the deepest level draws its flag too, so every subtree reads alike
      tc.choice(1, rng -> 0);
      return tc.draw(leaf);
    };
    for (int depth = maxDepth - 1; depth >= 0; depth--) {
      Gen<T> deeper = level;
      Gen<? extends T> grown = branch.apply(tc -> tc.draw(deeper, label));
      level = tc -> tc.choice(1, rng -> rng.nextBounded(1)) == 0 ? tc.draw(leaf) : tc.draw(grown);
    }
    Gen<T> top = level;
    return tc -> tc.draw(top, label);
  }

  /** The generator {@code gen} supplies, asked for on first use: for self-referencing generators. */
  static <T> Gen<T> lazy(Supplier<Gen<T>> gen) {
    Objects.requireNonNull(gen, "gen");
    return new Gen<>() {
      private Gen<T> resolved;

      @Override
      public T generate(TestCase tc) {
        if (resolved == null) {
          resolved = Objects.requireNonNull(gen.get(), "lazy generator");
        }
        return tc.draw(resolved);
      }
    };
  }

  private static void checkRange(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min must be <= max, got " + min + " > " + max);
    }
  }

  private static void checkSizes(int minSize, int maxSize) {
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException(
          "sizes must satisfy 0 <= minSize <= maxSize, got " + minSize + ", " + maxSize);
    }
  }
}
