package org.zhengbing.core.assess;

import java.util.Locale;

/** How a rate earns points in a unit's score (考评计分规则): the constants of the {@code score_rule} enumeration. */
public enum ScoreRule {
  /** The rate's full weight when its target is met, nothing otherwise (nothing for no target or no denominator). */
  MET,
  /**
   * The weight times the share of the target reached, at most the weight: {@code rate ÷ target} for an "at least"
   * target, {@code target ÷ rate} for an "at most" one (full weight at or under it); nothing without a target or
   * denominator. Points are rounded half even to 0.01.
   */
  CAPPED_RATIO;

  /**
   * Returns the key used in policy files, such as {@code capped_ratio}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ScoreRule ofKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
