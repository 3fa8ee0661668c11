package corosim.prop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * One run of a property: every value it draws is decided by a sequence of bounded integers, the
 * choices. While generating, a choice is sampled from a seeded random stream and recorded; while
 * shrinking or replaying, it is read back from a given prefix, and past the prefix every choice
 * takes its simplest value, 0. A body can draw from generators ({@link #draw}), take raw choices
 * through the {@link Choices} view, reject itself ({@link #assume}), and label itself for the
 * run's statistics ({@link #label}).
 *
 * <p>Invariant: {@code choices[0, size)} are the choices made so far, each within the bound it
 * was drawn with, and never more than {@code maxChoices} of them; once {@code status} is set the
 * case is decided and draws nothing more.
 */
public final class TestCase implements Choices {
  private static final long DOUBLE_STEPS = 1L << 53;

  private final long[] prefix;
  private final Rng rng;
  private final int maxChoices;
  private long[] choices = new long[16];
  private int size;
  private Status status;

  private int[] spanStart = new int[16];
  private int[] spanEnd = new int[16];
  private int[] spanParent = new int[16];
  private final List<Object> spanLabel = new ArrayList<>();
  private int openSpan = -1;
  private int depth;

  private final List<Object> drawn = new ArrayList<>();
  private final Set<String> labels = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * A case that reads {@code prefix} first, then samples from {@code rng}, or takes 0 for every
   * choice if {@code rng} is null.
   */
  TestCase(long[] prefix, Rng rng, int maxChoices) {
    this.prefix = prefix;
    this.rng = rng;
    this.maxChoices = maxChoices;
  }

  /**
   * Draws a value from {@code gen}; the draw is one span of the choice sequence. Draws made by
   * the body itself, not by a generator, are listed in a failure report.
   */
  public <T> T draw(Gen<T> gen) {
    return draw(gen, gen);
  }

  @Override
  public int drawInt(int min, int max) {
    return top((int) integer(min, max));
  }

  /**
   * A long in [min, max], both included; {@code min} is the simplest.
   *
   * @throws IllegalArgumentException if {@code min > max}
   */
  public long drawLong(long min, long max) {
    return top(integer(min, max));
  }

  private long integer(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min must be <= max, got " + min + " > " + max);
    }
    long bound = max - min;
    if (bound < 0) { // more than 2^63 values: draw the top bit of the offset on its own
      long high = choice(1, r -> r.nextBounded(1));
      long low = choice(Long.MAX_VALUE, r -> r.nextBounded(Long.MAX_VALUE));
      long offset = high << 63 | low;
      return min + (Long.compareUnsigned(offset, bound) > 0 ? bound : offset);
    }
    return min + choice(bound, r -> r.nextBounded(bound));
  }

  @Override
  public double drawDouble(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "bounds must be finite with min <= max, got [" + min + ", " + max + "]");
    }
    long k = choice(DOUBLE_STEPS, r -> r.nextBounded(DOUBLE_STEPS));
    return top(between(min, max, (double) k / DOUBLE_STEPS));
  }

  /** Records a value drawn through the {@link Choices} view at the top level, as draw does. */
  private <T> T top(T value) {
    if (depth == 0) {
      drawn.add(value);
    }
    return value;
  }

  /** The point a fraction {@code f} of the way from {@code from} to {@code to}, kept in range. */
  static double between(double from, double to, double f) {
    double span = to - from;
    double v = Double.isFinite(span) ? from + f * span : from * (1 - f) + to * f;
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    return Math.max(lo, Math.min(hi, v));
  }

  /** Rejects this case unless {@code condition} holds: it then neither passes nor fails. */
  public void assume(boolean condition) {
    if (!condition) {
      reject();
    }
  }

  /** Rejects this case: it neither passes nor fails. Does not return. */
  public void reject() {
    stop(Status.INVALID);
  }

  /** Counts this case under {@code label} in the run's statistics; a case may carry several. */
  public void label(String label) {
    labels.add(Objects.requireNonNull(label, "label"));
  }

  /** Adds a line to the failure report if this case turns out to be the counterexample. */
  public void note(String line) {
    notes.add(Objects.requireNonNull(line, "line"));
  }

  @Override
  public String toString() {
    return "TestCase" + drawn;
  }

  // ---- the engine's side ----

  /**
   * The next choice, in [0, bound]: from the prefix (clamped to the bound, so a sequence written
   * for another run still reads), else from {@code sampler}, else 0.
   */
  long choice(long bound, ToLongFunction<Rng> sampler) {
    if (status != null) {
      throw new StopTest();
    }
    if (size >= maxChoices) {
      stop(Status.OVERRUN);
    }
    long value;
    if (size < prefix.length) {
      value = Math.max(0, Math.min(prefix[size], bound));
    } else if (rng != null) {
      value = sampler.applyAsLong(rng);
      if (value < 0 || value > bound) {
        throw new IllegalStateException("sampler returned " + value + " outside [0, " + bound + "]");
      }
    } else {
      value = 0;
    }
    if (size == choices.length) {
      choices = Arrays.copyOf(choices, size * 2);
    }
    choices[size++] = value;
    return value;
  }

  /** Draws from {@code gen} inside a span with the given label. */
  <T> T draw(Gen<T> gen, Object label) {
    boolean top = depth == 0;
    startSpan(label);
    depth++;
    T value;
    try {
      value = gen.generate(this);
    } finally {
      depth--;
      endSpan();
    }
    if (top) {
      drawn.add(value);
    }
    return value;
  }

  void startSpan(Object label) {
    int i = spanLabel.size();
    if (i == spanStart.length) {
      spanStart = Arrays.copyOf(spanStart, i * 2);
      spanEnd = Arrays.copyOf(spanEnd, i * 2);
      spanParent = Arrays.copyOf(spanParent, i * 2);
    }
    spanStart[i] = size;
    spanEnd[i] = -1;
    spanParent[i] = openSpan;
    spanLabel.add(label);
    openSpan = i;
  }

  /** Gives the innermost open span another label (a list's stop flag is no element). */
  void relabelSpan(Object label) {
    spanLabel.set(openSpan, label);
  }

  void endSpan() {
    spanEnd[openSpan] = size;
    openSpan = spanParent[openSpan];
  }

  /** Decides the case and unwinds the body. */
  void stop(Status how) {
    if (status == null) {
      status = how;
    }
    throw new StopTest();
  }

  /** Marks the case decided by its body (null while undecided), as the runner saw it end. */
  void finish(Status how) {
    if (status == null) {
      status = how;
    }
    while (openSpan >= 0) {
      endSpan();
    }
  }

  Status status() {
    return status;
  }

  long[] choices() {
    return Arrays.copyOf(choices, size);
  }

  List<Span> spans() {
    List<Span> out = new ArrayList<>(spanLabel.size());
    int[] depths = new int[spanLabel.size()];
    for (int i = 0; i < spanLabel.size(); i++) {
      int parent = spanParent[i];
      depths[i] = parent < 0 ? 0 : depths[parent] + 1;
      out.add(new Span(spanStart[i], spanEnd[i], spanLabel.get(i), parent, depths[i]));
    }
    return out;
  }

  /** The values of the top-level draws, in order. */
  List<Object> drawn() {
    return Collections.unmodifiableList(drawn);
  }

  Set<String> labels() {
    return Collections.unmodifiableSet(labels);
  }

  List<String> notes() {
    return Collections.unmodifiableList(notes);
  }
}
