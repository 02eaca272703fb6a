package org.zhengbing.core.quota;

/**
 * What an apportionment does when units tie for the last places: equal remainders (largest remainder) or equal
 * priorities at the threshold (divisor methods).
 */
public enum TieBreaking {
  /**
   * Break the tie by the declared rule, and record it in the explanation: the unit with the larger weight first,
   * then the unit whose key sorts first ({@link UnitKey#compareTo}).
   */
  LARGER_WEIGHT_THEN_KEY,
  /** Refuse to break the tie: throw {@link TiedApportionmentException} naming the tied units. */
  STRICT
}
