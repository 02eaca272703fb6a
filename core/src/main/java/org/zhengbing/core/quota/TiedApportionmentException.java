package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by a strict apportionment when units tie for the last places, so that only an arbitrary rule could decide
 * between them. {@link #units()} names every tied unit; the office decides (by lot, by a local rule) and can then
 * fix the result with floors or caps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TiedApportionmentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The tied units, in key order. */
  private final ImmutableList<UnitKey> units;
  /** The number of places the tied units compete for. */
  private final int places;

  TiedApportionmentException(ImmutableList<UnitKey> units, int places, String detail) {
    super("apportionment must not tie in strict mode, but " + units.size() + " units tie for " + places
        + (places == 1 ? " place: " : " places: ") + units + " (" + detail + ")");
    this.units = checkNotNull(units, "units");
    this.places = places;
  }

  /**
   * Returns the tied units, in key order.
   *
   * @return the units, never null
   */
  public ImmutableList<UnitKey> units() {
    return units;
  }

  /**
   * Returns the number of places the tied units compete for.
   *
   * @return the number of places
   */
  public int places() {
    return places;
  }
}
