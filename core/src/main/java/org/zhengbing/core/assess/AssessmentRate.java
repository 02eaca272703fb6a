package org.zhengbing.core.assess;

import java.util.Locale;

/**
 * A rate of the assessment: the five rates (五率, named as in the MND's 2018 conscription notice), the
 * double-qualified rate, the college and graduate shares, and task completion before and after returns. Each rate's
 * numerator, denominator, target, target direction and weight in the score are parameters
 * {@code assessment.<key>.*}; no official formula is published.
 */
public enum AssessmentRate {
  /** Registration rate (报名率). */
  REGISTRATION("报名率", "Registration rate"),
  /** Turnout for the physical examination (上站率). */
  EXAM_TURNOUT("上站率", "Exam turnout"),
  /** Qualification rate (合格率). */
  QUALIFICATION("合格率", "Qualification rate"),
  /** Selection rate (择优率). */
  SELECTION("择优率", "Selection rate"),
  /** Return rate (退兵率). */
  RETURN("退兵率", "Return rate"),
  /** Double-qualified rate (双合格率). */
  DOUBLE_QUALIFIED("双合格率", "Double-qualified rate"),
  /** Share of college students among recruits (大学生征集比例); its target is {@code quota.college_share.target}. */
  COLLEGE_SHARE("大学生征集比例", "College share"),
  /** Share of college graduates among recruits (大学毕业生征集比例). */
  GRADUATE_SHARE("大学毕业生征集比例", "Graduate share"),
  /** Task completion as approved (任务完成率). */
  TASK_COMPLETION("任务完成率", "Task completion"),
  /** Task completion as approved less returned (扣除退兵后的任务完成率). */
  NET_TASK_COMPLETION("任务完成率（扣除退兵）", "Task completion less returns");

  private final String chineseName;
  private final String englishName;

  AssessmentRate(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
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
   * Returns the English name, such as {@code Exam turnout}.
   *
   * @return the name, never null
   */
  public String englishName() {
    return englishName;
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
   * Returns true for the five rates proper (五率), false for the others.
   *
   * @return whether this is one of the five rates
   */
  public boolean isOneOfFive() {
    return ordinal() < 5;
  }
}
