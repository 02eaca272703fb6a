package org.zhengbing.core.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * A rounding made at a named step: the exact value, the value kept, the mode and the unit rounded to.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rounding {

  Rounding() {}

  /**
   * Returns the exact value before rounding.
   *
   * @return the exact value, never null
   */
  @Value.Parameter
  public abstract BigDecimal exact();

  /**
   * Returns the value kept.
   *
   * @return the rounded value, never null
   */
  @Value.Parameter
  public abstract BigDecimal rounded();

  /**
   * Returns the rounding mode.
   *
   * @return the mode, never null
   */
  @Value.Parameter
  public abstract RoundingMode mode();

  /**
   * Returns the unit rounded to, such as {@code fen}, {@code place}, {@code month} or {@code half_year}.
   *
   * @return the unit, never null
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Returns true if rounding changed the value.
   *
   * @return whether the value changed
   */
  public boolean changedValue() {
    return exact().compareTo(rounded()) != 0;
  }

  /**
   * Obtains a rounding record.
   *
   * @param exact  the exact value, not null
   * @param rounded  the value kept, not null
   * @param mode  the mode, not null
   * @param unit  the unit, not null
   * @return the record, never null
   */
  public static Rounding of(BigDecimal exact, BigDecimal rounded, RoundingMode mode, String unit) {
    return ImmutableRounding.of(exact, rounded, mode, unit);
  }
}
