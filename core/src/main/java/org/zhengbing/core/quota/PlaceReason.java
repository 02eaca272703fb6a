package org.zhengbing.core.quota;

/** Why a unit got the places it got in an {@link Apportionment}. */
public enum PlaceReason {
  /** Largest remainder: the whole part of its quota, its remainder too small for an extra place. */
  QUOTA_ROUNDED_DOWN,
  /** Largest remainder: the whole part of its quota plus one extra place for one of the largest remainders. */
  LARGEST_REMAINDER,
  /** A divisor method: its weight divided by the common divisor, rounded by the method's rule. */
  DIVISOR_ROUNDING,
  /** It tied for the last places and the declared rule (larger weight, then key) gave it one. */
  TIE_WON,
  /** It tied for the last places and the declared rule gave the place to another unit. */
  TIE_LOST,
  /** Its floor bound: the method alone would have given it fewer places. */
  FLOOR,
  /** Its cap bound: the method alone would have given it more places. */
  CAP,
  /** Its weight is 0 and it has no floor, so it gets no place. */
  ZERO_WEIGHT;

  /**
   * Returns the key used in explanations, such as {@code largest_remainder}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
