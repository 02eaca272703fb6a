package org.zhengbing.core.quota;

/**
 * A rule for sharing a whole number of places among units in proportion to their weights.
 *
 * <p>{@link #LARGEST_REMAINDER} is the rule offices apply by hand ("按比例分配，余数大者优先"). The others are
 * divisor methods: a unit gets {@code round(weight / d)} places for a common divisor {@code d}, each rounding its
 * own way; they never take a place from a unit when the total grows (house monotonicity), which largest remainder
 * can (the Alabama paradox).
 */
public enum ApportionmentMethod {
  /** Hamilton / Hare-Niemeyer: quotas rounded down, the places left to the largest remainders (最大余数法). */
  LARGEST_REMAINDER("最大余数法"),
  /** D'Hondt / Jefferson: divisor method rounding down; favours large units, may exceed the upper quota. */
  D_HONDT("最高均数法（洪德法）"),
  /** Sainte-Laguë / Webster: divisor method rounding to nearest at one half. */
  SAINTE_LAGUE("圣拉古法"),
  /** Huntington-Hill (equal proportions): rounds up above the geometric mean {@code sqrt(k(k+1))}. */
  HUNTINGTON_HILL("亨廷顿-希尔法"),
  /** Adams: divisor method rounding up; favours small units, every unit with weight gets a place first. */
  ADAMS("亚当斯法");

  private final String chineseName;

  ApportionmentMethod(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name, such as {@code 最大余数法}.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns true for the divisor methods, false for largest remainder.
   *
   * @return whether this is a divisor method
   */
  public boolean isDivisorMethod() {
    return this != LARGEST_REMAINDER;
  }

  /**
   * Returns the key used in explanations, such as {@code largest_remainder}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
