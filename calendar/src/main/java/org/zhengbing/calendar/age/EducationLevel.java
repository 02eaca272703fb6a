package org.zhengbing.calendar.age;

import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.LocalizedText;

/**
 * A person's education as the age limits of the conscription orders distinguish it.
 *
 * <p>The annual orders relax the upper age limit for college graduates and final-year students meeting graduation
 * conditions (men: 24), postgraduates (26; for women, full-time postgraduate students and this year's
 * postgraduate graduates) and, in the spring season, women who graduated from college the previous year (23);
 * they lower it for men with junior-high education only (20).
 */
public enum EducationLevel {
  /** Junior high school only (初中毕业文化程度). */
  JUNIOR_HIGH("初中", "junior high school"),
  /** Senior high school, including secondary vocational and technical schools (高中、中专、职高、技校). */
  SENIOR_HIGH("高中（含中专、职高、技校）", "senior high school, including secondary vocational schools"),
  /** A college student not in the final year (普通高等学校在校生). */
  COLLEGE_STUDENT("普通高等学校在校生", "college student"),
  /** A final-year college student meeting graduation conditions (符合毕业条件的毕业班学生). */
  COLLEGE_FINAL_YEAR("符合毕业条件的普通高等学校毕业班学生", "final-year college student meeting graduation conditions"),
  /** A college graduate with a bachelor's or associate degree (普通高等学校本专科毕业生). */
  COLLEGE_GRADUATE("普通高等学校本专科毕业生", "college graduate"),
  /**
   * A college graduate who graduated in the year before the conscription year (上一年普通高等学校本专科应届毕业生); for men
   * the same as {@link #COLLEGE_GRADUATE}.
   */
  COLLEGE_GRADUATE_PREVIOUS_YEAR("上一年普通高等学校本专科毕业生", "college graduate of the previous year"),
  /** A postgraduate: a graduate of, or student in, a master's or doctoral programme (研究生毕业生及在校生). */
  POSTGRADUATE("研究生毕业生及在校生", "postgraduate or postgraduate student");

  /** The name of this enumeration in explanations. */
  public static final String DOMAIN = "education_level";

  private final LocalizedText label;

  EducationLevel(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * Returns the label in Chinese and English.
   *
   * @return the label, never null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns the level as an explanation datum.
   *
   * @return the datum, never null
   */
  public Datum toDatum() {
    return new Datum.OfEnum(DOMAIN, name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Returns true for the college levels whose men's limit is relaxed to the graduate maximum.
   *
   * @return whether the level counts as a college graduate for men
   */
  boolean isCollegeGraduateForMen() {
    return this == COLLEGE_FINAL_YEAR || this == COLLEGE_GRADUATE || this == COLLEGE_GRADUATE_PREVIOUS_YEAR;
  }
}
