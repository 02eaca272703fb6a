package org.zhengbing.policy.profile;

/**
 * The level of study that tuition caps distinguish (学历层次): undergraduate or junior college (本专科) and
 * postgraduate (研究生).
 *
 * <p>The keys are the constants of the policy enumeration {@code study_level}.
 */
public enum StudyLevel {
  /** Undergraduate or junior college (本专科). */
  UNDERGRADUATE_OR_JUNIOR_COLLEGE("undergraduate_or_junior_college", "本专科"),
  /** Postgraduate (研究生). */
  POSTGRADUATE("postgraduate", "研究生");

  private final String key;
  private final String chineseName;

  StudyLevel(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the constant of the policy enumeration {@code study_level}.
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
}
