package org.zhengbing.policy.eligibility;

import org.zhengbing.core.explain.LocalizedText;

/**
 * A reason a candidate is recruited or approved first (优先征集、优先批准).
 */
public enum PriorityCategory {
  /** A college graduate (高校毕业生), including final-year students meeting graduation conditions. */
  COLLEGE_GRADUATE("eligibility.priority.college_graduates", "高校毕业生", "college graduate"),
  /** A college student or freshman (在校大学生). */
  COLLEGE_STUDENT("eligibility.priority.college_students", "在校大学生", "college student"),
  /** A college student or graduate of a STEM major (理工类). */
  STEM("eligibility.priority.stem", "理工类大学生", "STEM student or graduate"),
  /** A child or sibling of a martyr or of a serviceman who died on duty or of illness. */
  MARTYR_OR_FALLEN_RELATIVE("eligibility.priority.martyr_or_fallen_relatives", "烈士、因公牺牲、病故军人子女和兄弟姐妹",
      "child or sibling of a martyr or fallen serviceman"),
  /** A child of a serving member of the forces. */
  SERVICEMAN_CHILD("eligibility.priority.serviceman_children", "现役军人子女", "child of a serving member of the forces");

  private final String parameterKey;
  private final LocalizedText label;

  PriorityCategory(String parameterKey, String zh, String en) {
    this.parameterKey = parameterKey;
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * Returns the key of the yes/no parameter that puts this priority in force.
   *
   * @return the key, never null
   */
  public String parameterKey() {
    return parameterKey;
  }

  /**
   * Returns the label.
   *
   * @return the label, never null
   */
  public LocalizedText label() {
    return label;
  }
}
