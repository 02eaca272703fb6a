package org.zhengbing.core.assess;

import java.util.Locale;

/**
 * A rate of the five-rate assessment (五率), plus task completion and college share. Each rate's numerator,
 * denominator, target and target direction are parameters {@code assessment.<key>.*}; no official formula is
 * published.
 */
public enum AssessmentRate {
  /** Registration rate (报名率). */
  REGISTRATION("报名率"),
  /** Turnout for the physical exam (上站率). */
  EXAM_TURNOUT("上站率"),
  /** Qualification rate (合格率). */
  QUALIFICATION("合格率"),
  /** Selection rate (择优率). */
  SELECTION("择优率"),
  /** Return rate (退兵率). */
  RETURN("退兵率"),
  /** Task completion (任务完成率). */
  TASK_COMPLETION("任务完成率"),
  /** Share of college students among recruits (大学生征集比例); its target is {@code quota.college_share.target}. */
  COLLEGE_SHARE("大学生征集比例");

  private final String chineseName;

  AssessmentRate(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name, such as {@code 上站率}.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the key, such as {@code exam_turnout}, used in parameter names {@code assessment.exam_turnout.target}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns true for the five rates proper (五率), false for task completion and college share.
   *
   * @return whether this is one of the five rates
   */
  public boolean isOneOfFive() {
    return ordinal() < 5;
  }
}
