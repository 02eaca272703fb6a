package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * How a student's tuition is funded, which decides whether tuition compensation applies (学费资助类别).
 *
 * <p>The keys are the constants of the policy enumeration {@code student_funding}; which of them are excluded from
 * tuition compensation is the parameter {@code tuition.excluded_funding}.
 */
public enum StudentFundingStatus {
  /** An ordinary fee-paying student (普通学生). */
  ORDINARY("ordinary", "普通学生"),
  /** Already fully tuition-free, such as a publicly funded teacher-training student (已享受免学费). */
  TUITION_FREE("tuition_free", "已享受免学费"),
  /** A directed student, bound to work for a given employer or area (定向生). */
  DIRECTED("directed", "定向生"),
  /** A commissioned student, trained on an employer's behalf (委培生). */
  COMMISSIONED("commissioned", "委培生"),
  /** A national-defence student (国防生). */
  NATIONAL_DEFENCE("national_defence", "国防生");

  private final String key;
  private final String chineseName;

  StudentFundingStatus(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the lower-case key used in profile JSON and the constant of the policy enumeration {@code student_funding}.
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
   * @param key  the key, such as {@code "directed"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<StudentFundingStatus> ofKey(String key) {
    return KeyedConstants.find(values(), StudentFundingStatus::key, key);
  }
}
