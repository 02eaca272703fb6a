package org.zhengbing.policy.profile;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * The education category that local benefit tables are keyed by (学历类别): the education level combined with where
 * the candidate stands in it, such as an undergraduate-degree holder (本科毕业生) or a junior-college freshman
 * (专科新生).
 *
 * <p>The keys are the constants of the policy enumeration {@code education_category}. Fresh and previous graduates
 * share a category; final-year students have their own so a region can treat them either way; postgraduate
 * freshmen and final-year students count as postgraduate students. A table without a row for a category gives that
 * category nothing: each bundled region file says in its notes how it read the published list onto these rows.
 */
public enum EducationCategory {
  /** Junior high school graduate or student (初中). */
  JUNIOR_HIGH("junior_high", "初中"),
  /** Senior high, secondary vocational or technical school (高中、中专、职高、技校). */
  SENIOR_HIGH("senior_high", "高中（含中专、职高、技校）"),
  /** Junior-college freshman (专科新生). */
  JUNIOR_COLLEGE_FRESHMAN("junior_college_freshman", "专科新生"),
  /** Junior-college student, not in the final year (专科在校生). */
  JUNIOR_COLLEGE_STUDENT("junior_college_student", "专科在校生"),
  /** Junior-college student in the final year (专科毕业班学生). */
  JUNIOR_COLLEGE_FINAL_YEAR("junior_college_final_year", "专科毕业班学生"),
  /** Junior-college graduate, this year or earlier (专科毕业生). */
  JUNIOR_COLLEGE_GRADUATE("junior_college_graduate", "专科毕业生"),
  /** Undergraduate freshman (本科新生). */
  BACHELOR_FRESHMAN("bachelor_freshman", "本科新生"),
  /** Undergraduate student, not in the final year (本科在校生). */
  BACHELOR_STUDENT("bachelor_student", "本科在校生"),
  /** Undergraduate student in the final year (本科毕业班学生). */
  BACHELOR_FINAL_YEAR("bachelor_final_year", "本科毕业班学生"),
  /** Undergraduate-degree holder, this year or earlier (本科毕业生). */
  BACHELOR_GRADUATE("bachelor_graduate", "本科毕业生"),
  /** Postgraduate student, including freshmen and final-year students (研究生在校生). */
  POSTGRADUATE_STUDENT("postgraduate_student", "研究生在校生"),
  /** Postgraduate, this year or earlier (研究生毕业生). */
  POSTGRADUATE_GRADUATE("postgraduate_graduate", "研究生毕业生");

  private final String key;
  private final String chineseName;

  EducationCategory(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the category of a level and status.
   *
   * @param level  the education level, not null
   * @param status  the study status, not null
   * @return the category, never null
   */
  public static EducationCategory of(EducationLevel level, StudyStatus status) {
    checkNotNull(level, "level");
    checkNotNull(status, "status");
    switch (level) {
      case JUNIOR_HIGH:
        return JUNIOR_HIGH;
      case SENIOR_HIGH:
        return SENIOR_HIGH;
      case JUNIOR_COLLEGE:
        return pick(status, JUNIOR_COLLEGE_FRESHMAN, JUNIOR_COLLEGE_STUDENT, JUNIOR_COLLEGE_FINAL_YEAR,
            JUNIOR_COLLEGE_GRADUATE);
      case UNDERGRADUATE:
        return pick(status, BACHELOR_FRESHMAN, BACHELOR_STUDENT, BACHELOR_FINAL_YEAR, BACHELOR_GRADUATE);
      default:
        return pick(status, POSTGRADUATE_STUDENT, POSTGRADUATE_STUDENT, POSTGRADUATE_STUDENT,
            POSTGRADUATE_GRADUATE);
    }
  }

  private static EducationCategory pick(StudyStatus status, EducationCategory freshman, EducationCategory student,
      EducationCategory finalYear, EducationCategory graduate) {
    switch (status) {
      case FRESHMAN:
        return freshman;
      case STUDENT:
        return student;
      case FINAL_YEAR:
        return finalYear;
      default:
        return graduate;
    }
  }

  /**
   * Returns the constant of the policy enumeration {@code education_category}.
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
   * Finds the category with a key.
   *
   * @param key  the key, such as {@code "bachelor_graduate"}, not null
   * @return the category, or empty if none has that key
   */
  public static Optional<EducationCategory> ofKey(String key) {
    return KeyedConstants.find(values(), EducationCategory::key, key);
  }
}
