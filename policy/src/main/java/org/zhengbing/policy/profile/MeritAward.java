package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * An honour or merit award (奖励、荣誉), from the highest down in the order of the 2024 退役军人安置条例 Art 22.
 *
 * <p>The keys are the constants of the policy enumerations {@code merit} (the discharge-payment uplift) and
 * {@code award} (family bonuses, which also know {@link #OUTSTANDING_SOLDIER}).
 */
public enum MeritAward {
  /** A medal (勋章). */
  MEDAL("medal", "勋章"),
  /** An honorary title (荣誉称号). */
  HONORARY_TITLE("honorary_title", "荣誉称号"),
  /** First-class war merit (一等战功). */
  FIRST_CLASS_WAR_MERIT("first_class_war_merit", "一等战功"),
  /** First-level commendation (一级表彰). */
  FIRST_LEVEL_COMMENDATION("first_level_commendation", "一级表彰"),
  /** Second-class war merit (二等战功). */
  SECOND_CLASS_WAR_MERIT("second_class_war_merit", "二等战功"),
  /** First-class merit (一等功). */
  FIRST_CLASS_MERIT("first_class_merit", "一等功"),
  /** Second-level commendation (二级表彰). */
  SECOND_LEVEL_COMMENDATION("second_level_commendation", "二级表彰"),
  /** Third-class war merit (三等战功). */
  THIRD_CLASS_WAR_MERIT("third_class_war_merit", "三等战功"),
  /** Second-class merit (二等功). */
  SECOND_CLASS_MERIT("second_class_merit", "二等功"),
  /** Fourth-class war merit (四等战功). */
  FOURTH_CLASS_WAR_MERIT("fourth_class_war_merit", "四等战功"),
  /** Third-class merit (三等功). */
  THIRD_CLASS_MERIT("third_class_merit", "三等功"),
  /** Outstanding soldier (优秀士兵), a commendation some regions reward. */
  OUTSTANDING_SOLDIER("outstanding_soldier", "优秀士兵");

  private final String key;
  private final String chineseName;

  MeritAward(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the lower-case key used in profile JSON and the constant of the policy enumerations {@code merit} and {@code award}.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Finds the constant with a key.
   *
   * @param key  the key, such as {@code "third_class_merit"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<MeritAward> ofKey(String key) {
    return KeyedConstants.find(values(), MeritAward::key, key);
  }
}
