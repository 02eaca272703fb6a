package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * Where a candidate stands in the programme of their {@link EducationLevel} (在读状态).
 */
public enum StudyStatus {
  /** Admitted to the programme this year, not yet or just enrolled (录取新生). */
  FRESHMAN("freshman", "新生"),
  /** Enrolled and studying, not in the final year (在校生). */
  STUDENT("student", "在校生"),
  /** Enrolled in the final year (毕业班学生). */
  FINAL_YEAR("final_year", "毕业班学生"),
  /** Graduated this year (应届毕业生). */
  FRESH_GRADUATE("fresh_graduate", "应届毕业生"),
  /** Graduated in an earlier year (往届毕业生). */
  PREVIOUS_GRADUATE("previous_graduate", "往届毕业生");

  private final String key;
  private final String chineseName;

  StudyStatus(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the lower-case key used in profile JSON.
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
   * @param key  the key, such as {@code "fresh_graduate"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<StudyStatus> ofKey(String key) {
    return KeyedConstants.find(values(), StudyStatus::key, key);
  }
}
