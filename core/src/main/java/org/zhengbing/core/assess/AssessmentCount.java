package org.zhengbing.core.assess;

import java.util.Locale;

/**
 * A count of a unit's conscription work over a period (一季或一年的统计数); the constants of the
 * {@code assessment_count} enumeration that the rate parameters name as numerators and denominators.
 */
public enum AssessmentCount {
  /** Men liable to register this year (应进行兵役登记的适龄男青年). */
  LIABLE("应登记人数"),
  /** Registered for military service (兵役登记). */
  REGISTERED("兵役登记人数"),
  /** Applicants (应征报名). */
  APPLICANTS("应征报名人数"),
  /** Applicants who reported for the physical examination (上站体检). */
  EXAMINED("上站体检人数"),
  /** Passed the physical examination (体检合格). */
  PHYSICAL_PASSED("体检合格人数"),
  /** Passed the political assessment (政治考核合格). */
  POLITICAL_PASSED("政考合格人数"),
  /** Passed both the physical examination and the political assessment (双合格). */
  DOUBLE_QUALIFIED("双合格人数"),
  /** Approved for service (批准入伍). */
  APPROVED("批准入伍人数"),
  /** College students approved, graduates included (批准入伍的大学生). */
  COLLEGE_APPROVED("批准入伍大学生人数"),
  /** College graduates approved (批准入伍的大学毕业生). */
  GRADUATES_APPROVED("批准入伍大学毕业生人数"),
  /** Recruits of the period who were returned, whenever the return was recorded (退兵, 按批准入伍季度计). */
  RETURNED("退兵人数"),
  /** Approved less returned (批准入伍人数减退兵人数). */
  RETAINED("批准入伍人数减退兵人数"),
  /** The conscription task, in places (征集任务数). */
  TASK("征集任务数");

  private final String chineseName;

  AssessmentCount(String chineseName) {
    this.chineseName = chineseName;
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
   * Returns the constant's key in policy files and record files, such as {@code double_qualified}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static AssessmentCount ofKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
