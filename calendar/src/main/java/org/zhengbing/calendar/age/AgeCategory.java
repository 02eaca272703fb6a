package org.zhengbing.calendar.age;

import org.immutables.value.Value;
import org.zhengbing.calendar.Sex;

/**
 * What the age limits depend on besides the year: sex, education and whether a 17-year-old volunteers
 * (本人自愿).
 *
 * <pre>{@code
 * AgeCategory.of(Sex.MALE, EducationLevel.COLLEGE_GRADUATE);
 * AgeCategory.of(Sex.MALE, EducationLevel.SENIOR_HIGH).asVolunteer();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgeCategory {

  AgeCategory() {}

  /**
   * Returns the sex.
   *
   * @return the sex, never null
   */
  @Value.Parameter
  public abstract Sex sex();

  /**
   * Returns the education.
   *
   * @return the education, never null
   */
  @Value.Parameter
  public abstract EducationLevel education();

  /**
   * Returns true if the person volunteers, which lowers the minimum age to the volunteers' minimum (MSL Art 20:
   * 年满十七周岁未满十八周岁的公民，本人自愿，可以征集服现役).
   *
   * @return whether the person volunteers
   */
  @Value.Parameter
  public abstract boolean volunteer();

  /**
   * Obtains a category of a person who does not volunteer below the minimum age.
   *
   * @param sex  the sex, not null
   * @param education  the education, not null
   * @return the category, never null
   */
  public static AgeCategory of(Sex sex, EducationLevel education) {
    return ImmutableAgeCategory.of(sex, education, false);
  }

  /**
   * Returns the same category for a volunteer.
   *
   * @return the category, never null
   */
  public AgeCategory asVolunteer() {
    return ImmutableAgeCategory.of(sex(), education(), true);
  }
}
