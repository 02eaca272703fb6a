package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * The highest level of education a candidate has reached or is studying at (学历层次).
 *
 * <p>Together with the {@link StudyStatus} it gives the {@link EducationCategory} that policy tables are keyed by.
 */
public enum EducationLevel {
  /** Junior high school (初中). */
  JUNIOR_HIGH("junior_high", "初中"),
  /** Senior high school, secondary vocational or technical school (高中、中专、职高、技校). */
  SENIOR_HIGH("senior_high", "高中（含中专、职高、技校）"),
  /** Junior college, a higher vocational programme (专科、高职). */
  JUNIOR_COLLEGE("junior_college", "专科（高职）"),
  /** Undergraduate, a bachelor's programme (本科). */
  UNDERGRADUATE("undergraduate", "本科"),
  /** Postgraduate, a master's or doctoral programme (研究生). */
  POSTGRADUATE("postgraduate", "研究生");

  private final String key;
  private final String chineseName;

  EducationLevel(String key, String chineseName) {
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
   * Returns true for the levels of higher education (专科, 本科, 研究生), whose students and graduates the benefits
   * for college recruits concern.
   *
   * @return whether the level is higher education
   */
  public boolean isCollege() {
    return this == JUNIOR_COLLEGE || this == UNDERGRADUATE || this == POSTGRADUATE;
  }

  /**
   * Returns the level of study that tuition caps are set for, if this is a level of higher education.
   *
   * @return the study level, or empty below higher education
   */
  public Optional<StudyLevel> studyLevel() {
    switch (this) {
      case JUNIOR_COLLEGE:
      case UNDERGRADUATE:
        return Optional.of(StudyLevel.UNDERGRADUATE_OR_JUNIOR_COLLEGE);
      case POSTGRADUATE:
        return Optional.of(StudyLevel.POSTGRADUATE);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the youngest age, reached by 31 December of the enlistment year, at which a profile at this level is
   * accepted as possible. This is a plausibility bound against impossible input (a graduate born last year), not a
   * legal age limit: those are parameters ({@code eligibility.age.*}).
   *
   * @return the age in years
   */
  public int minimumPlausibleAge() {
    switch (this) {
      case JUNIOR_HIGH:
        return 12;
      case SENIOR_HIGH:
        return 14;
      case JUNIOR_COLLEGE:
      case UNDERGRADUATE:
        return 15;
      default:
        return 17;
    }
  }

  /**
   * Finds the constant with a key.
   *
   * @param key  the key, such as {@code "undergraduate"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<EducationLevel> ofKey(String key) {
    return KeyedConstants.find(values(), EducationLevel::key, key);
  }
}
