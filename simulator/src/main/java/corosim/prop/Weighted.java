package corosim.prop;

import java.util.Objects;

/** One alternative of {@link Gen#frequency}: a generator and its relative weight. */
public record Weighted<T>(int weight, Gen<T> gen) {
  public Weighted {
    Objects.requireNonNull(gen, "gen");
    if (weight <= 0) {
      throw new IllegalArgumentException("weight must be > 0, got " + weight);
    }
  }

  /** The alternative that always yields {@code value}. */
  public static <T> Weighted<T> value(int weight, T value) {
    return new Weighted<>(weight, Gen.constant(value));
  }

  public static <T> Weighted<T> gen(int weight, Gen<T> gen) {
    return new Weighted<>(weight, gen);
  }
}
