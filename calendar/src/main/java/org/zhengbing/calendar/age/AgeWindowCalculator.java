package org.zhengbing.calendar.age;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

/**
 * Calculates the birth-date window of a season for an {@link AgeCategory} and judges birth dates against it, age
 * counted as reached by 31 December of the conscription year.
 *
 * <p>The limits are parameters in force on 1 January of the conscription year (MSL Art 20 and the annual orders):
 * <ul>
 *   <li>minimum: {@code eligibility.age.male.min} or {@code eligibility.age.female.min} (18), or
 *       {@code eligibility.age.volunteer_min} (17) for a volunteer;
 *   <li>men's maximum: {@code eligibility.age.male.max} (22); {@code eligibility.age.male.junior_high_max} (20)
 *       with junior-high education only; {@code eligibility.age.male.graduate_max} (24) for college graduates and
 *       final-year students meeting graduation conditions; {@code eligibility.age.postgraduate_max} (26) for
 *       postgraduates;
 *   <li>women's maximum: {@code eligibility.age.female.max} (22); {@code eligibility.age.postgraduate_max} (26) for
 *       postgraduates; {@code eligibility.age.female.previous_graduate_spring_max} (23) for the previous year's
 *       college graduates in the spring season.
 * </ul>
 * The volunteers' minimum applies to both sexes, as MSL Art 20 speaks of citizens (公民).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgeWindowCalculator {

  private static final ParameterKey<Long> MALE_MIN = ParameterKey.integer("eligibility.age.male.min");
  private static final ParameterKey<Long> MALE_MAX = ParameterKey.integer("eligibility.age.male.max");
  private static final ParameterKey<Long> MALE_GRADUATE_MAX = ParameterKey.integer("eligibility.age.male.graduate_max");
  private static final ParameterKey<Long> MALE_JUNIOR_HIGH_MAX =
      ParameterKey.integer("eligibility.age.male.junior_high_max");
  private static final ParameterKey<Long> POSTGRADUATE_MAX = ParameterKey.integer("eligibility.age.postgraduate_max");
  private static final ParameterKey<Long> VOLUNTEER_MIN = ParameterKey.integer("eligibility.age.volunteer_min");
  private static final ParameterKey<Long> FEMALE_MIN = ParameterKey.integer("eligibility.age.female.min");
  private static final ParameterKey<Long> FEMALE_MAX = ParameterKey.integer("eligibility.age.female.max");
  private static final ParameterKey<Long> FEMALE_PREVIOUS_GRADUATE_MAX =
      ParameterKey.integer("eligibility.age.female.previous_graduate_spring_max");

  private final PolicyBook book;

  private AgeWindowCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading its limits from a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static AgeWindowCalculator of(PolicyBook book) {
    checkNotNull(book, "book");
    return new AgeWindowCalculator(book);
  }

  /**
   * Calculates the birth-date window of a season for a category.
   *
   * @param term  the conscription year and season, not null
   * @param region  the region whose policy applies, not null
   * @param category  the sex, education and volunteering, not null
   * @return the window, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if a limit has no value in force on 1 January of
   *     the year
   * @throws IllegalArgumentException if the limits in force are inconsistent (minimum above maximum)
   */
  public BirthWindow calculate(ConscriptionTerm term, RegionCode region, AgeCategory category) {
    checkNotNull(term, "term");
    checkNotNull(region, "region");
    checkNotNull(category, "category");
    LocalDate jan1 = LocalDate.of(term.year(), 1, 1);
    Sex sex = category.sex();
    EducationLevel education = category.education();
    Resolved<Long> min = book.resolve(category.volunteer() ? VOLUNTEER_MIN : sex == Sex.MALE ? MALE_MIN : FEMALE_MIN,
        region, jan1);
    Resolved<Long> max = book.resolve(maxKey(sex, education, term.season()), region, jan1);
    checkArgument(min.value() >= 0 && min.value() <= max.value(),
        "age limits must satisfy 0 <= min <= max, but were %s (%s) and %s (%s) in %s for region %s", min.value(),
        min.provenance().key(), max.value(), max.provenance().key(), term.year(), region);
    Input sexInput = Input.of("sex", new Datum.OfEnum("sex", sex.name().toLowerCase(java.util.Locale.ROOT)));
    Step minStep = Step.builder().rule("age.minimum")
        .addInputs(sexInput, Input.of("volunteer", Datum.of(category.volunteer())), min.asInput("minimum_age"))
        .result(Datum.of(min.value().longValue())).build();
    Step maxStep = Step.builder().rule("age.maximum")
        .addInputs(sexInput, Input.of("education", education.toDatum()),
            Input.of("season", new Datum.OfEnum("season", term.season().key())), max.asInput("maximum_age"))
        .result(Datum.of(max.value().longValue())).build();
    int y = term.year();
    int minAge = min.value().intValue();
    int maxAge = max.value().intValue();
    DateSpan span = DateSpan.ofClosed(LocalDate.of(y - maxAge, 1, 1), LocalDate.of(y - minAge, 12, 31));
    Step windowStep = Step.builder().rule("age.birth_window")
        .addInputs(Input.of("year", Datum.of((long) y)), Input.of("minimum_age", Datum.of((long) minAge)),
            Input.of("maximum_age", Datum.of((long) maxAge)))
        .result(Datum.of(span)).build();
    return ImmutableBirthWindow.builder().term(term).region(region).category(category).minAge(minAge).maxAge(maxAge)
        .span(span).explanation(Explanation.of(minStep, maxStep, windowStep)).build();
  }

  /**
   * Judges whether a person born on a date is of age to be conscripted in a season.
   *
   * @param birthDate  the birth date, not null
   * @param term  the conscription year and season, not null
   * @param region  the region whose policy applies, not null
   * @param category  the sex, education and volunteering, not null
   * @return the verdict, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if a limit has no value in force on 1 January of
   *     the year
   */
  public AgeVerdict assess(LocalDate birthDate, ConscriptionTerm term, RegionCode region, AgeCategory category) {
    checkNotNull(birthDate, "birthDate");
    BirthWindow window = calculate(term, region, category);
    int age = term.year() - birthDate.getYear();
    boolean eligible = window.contains(birthDate);
    Step ageStep = Step.builder().rule("age.at_year_end")
        .addInputs(Input.of("birth_date", Datum.of(birthDate)), Input.of("year", Datum.of((long) term.year())))
        .result(Datum.of((long) age)).build();
    Step verdictStep = Step.builder().rule("age.verdict")
        .addInputs(Input.of("birth_date", Datum.of(birthDate)), Input.of("age_at_year_end", Datum.of((long) age)),
            Input.of("birth_window", Datum.of(window.span())))
        .result(Datum.of(eligible)).build();
    Explanation explanation = Explanation.builder().addAllSteps(window.explanation().steps())
        .addSteps(ageStep, verdictStep).build();
    return ImmutableAgeVerdict.builder().birthDate(birthDate).ageAtYearEnd(age).window(window).eligible(eligible)
        .explanation(explanation).build();
  }

  private static ParameterKey<Long> maxKey(Sex sex, EducationLevel education, Season season) {
    if (education == EducationLevel.POSTGRADUATE) {
      return POSTGRADUATE_MAX;
    }
    if (sex == Sex.MALE) {
      if (education == EducationLevel.JUNIOR_HIGH) {
        return MALE_JUNIOR_HIGH_MAX;
      }
      return education.isCollegeGraduateForMen() ? MALE_GRADUATE_MAX : MALE_MAX;
    }
    return education == EducationLevel.COLLEGE_GRADUATE_PREVIOUS_YEAR && season == Season.SPRING
        ? FEMALE_PREVIOUS_GRADUATE_MAX : FEMALE_MAX;
  }
}
