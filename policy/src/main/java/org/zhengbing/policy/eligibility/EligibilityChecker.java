package org.zhengbing.policy.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhengbing.calendar.age.AgeCategory;
import org.zhengbing.calendar.age.AgeVerdict;
import org.zhengbing.calendar.age.AgeWindowCalculator;
import org.zhengbing.calendar.age.EducationLevel;
import org.zhengbing.calendar.age.RegistrationDuty;
import org.zhengbing.calendar.age.RegistrationDutyAssessor;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.PriorityRelation;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * Judges a candidate's eligibility for a conscription term: the age window of the season (兵役法 Art 20 and the
 * annual orders, age counted as reached by 31 December), the priority categories that apply (college graduates
 * and students and STEM majors per the annual orders and 征兵工作条例 Art 5; relatives of martyrs and fallen
 * servicemen and children of serving members per Art 28), and whether military-service registration is due that
 * year (兵役法 Art 15).
 *
 * <p>Each priority rule is a yes/no parameter ({@link PriorityCategory#parameterKey()}) resolved on 1 January of
 * the term's year for the candidate's enlistment region; a rule with no value in force does not apply, and the
 * explanation says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EligibilityChecker {

  private final PolicyBook book;
  private final AgeWindowCalculator ages;
  private final RegistrationDutyAssessor registration;

  private EligibilityChecker(PolicyBook book) {
    this.book = book;
    this.ages = AgeWindowCalculator.of(book);
    this.registration = RegistrationDutyAssessor.of(book);
  }

  /**
   * Obtains a checker reading its rules from a policy.
   *
   * @param book  the policy, such as {@code PolicySets.nationalDefaults()}, not null
   * @return the checker, never null
   */
  public static EligibilityChecker of(PolicyBook book) {
    checkNotNull(book, "book");
    return new EligibilityChecker(book);
  }

  /**
   * Judges a candidate for the term and region of the profile.
   *
   * @param profile  the candidate, not null
   * @return the verdict, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if an age limit or the registration age has no
   *     value in force on 1 January of the term's year
   */
  public EligibilityVerdict check(CandidateProfile profile) {
    checkNotNull(profile, "profile");
    return check(profile, false);
  }

  /**
   * Judges a candidate who volunteers (本人自愿): from age 17, per 兵役法 Art 20.
   *
   * @param profile  the candidate, not null
   * @return the verdict, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if an age limit or the registration age has no
   *     value in force on 1 January of the term's year
   */
  public EligibilityVerdict checkAsVolunteer(CandidateProfile profile) {
    checkNotNull(profile, "profile");
    return check(profile, true);
  }

  private EligibilityVerdict check(CandidateProfile profile, boolean volunteer) {
    ConscriptionTerm term = profile.enlistmentTerm();
    RegionCode region = profile.enlistmentRegion();
    AgeCategory category = AgeCategory.of(profile.sex(), ageEducation(profile));
    if (volunteer) {
      category = category.asVolunteer();
    }
    AgeVerdict age = ages.assess(profile.birthDate(), term, region, category);
    RegistrationDuty duty = registration.assess(profile.birthDate(), profile.sex(), term.year(), region);

    List<Step> steps = new ArrayList<>(age.explanation().steps());
    ImmutableList.Builder<PriorityCategory> priorities = ImmutableList.builder();
    LocalDate jan1 = LocalDate.of(term.year(), 1, 1);
    for (PriorityCategory p : PriorityCategory.values()) {
      boolean qualifies = qualifies(profile, p);
      Optional<Resolved<Boolean>> rule = book.find(ParameterKey.bool(p.parameterKey()), region, jan1);
      boolean applies = qualifies && rule.map(Resolved::value).orElse(false);
      Step.Builder s = Step.builder().rule("eligibility.priority." + p.name().toLowerCase(Locale.ROOT))
          .addInputs(Input.of("qualifies", Datum.of(qualifies)));
      rule.ifPresent(r -> s.addInputs(r.asInput("rule_in_force")));
      steps.add(s.result(Datum.of(applies)).build());
      if (applies) {
        priorities.add(p);
      }
    }
    steps.addAll(duty.explanation().steps());
    steps.add(Step.builder().rule("eligibility.verdict")
        .addInputs(Input.of("birth_date", Datum.of(profile.birthDate())),
            Input.of("age_at_year_end", Datum.of((long) age.ageAtYearEnd())),
            Input.of("window", Datum.of(age.window().span())))
        .result(Datum.of(age.eligible())).build());
    return EligibilityVerdict.builder().term(term).region(region).age(age).addAllPriorities(priorities.build())
        .registration(duty).explanation(Explanation.of(steps)).build();
  }

  /** Maps the profile's education onto the age rules' categories. */
  static EducationLevel ageEducation(CandidateProfile profile) {
    switch (profile.educationLevel()) {
      case JUNIOR_HIGH:
        return EducationLevel.JUNIOR_HIGH;
      case SENIOR_HIGH:
        return EducationLevel.SENIOR_HIGH;
      case POSTGRADUATE:
        return EducationLevel.POSTGRADUATE;
      default:
        return collegeEducation(profile.studyStatus());
    }
  }

  private static EducationLevel collegeEducation(StudyStatus status) {
    switch (status) {
      case FRESHMAN:
      case STUDENT:
        return EducationLevel.COLLEGE_STUDENT;
      case FINAL_YEAR:
        return EducationLevel.COLLEGE_FINAL_YEAR;
      case FRESH_GRADUATE:
        return EducationLevel.COLLEGE_GRADUATE;
      case PREVIOUS_GRADUATE:
        return EducationLevel.COLLEGE_GRADUATE_PREVIOUS_YEAR;
      default:
        throw new AssertionError(status);
    }
  }

  private static boolean qualifies(CandidateProfile profile, PriorityCategory p) {
    boolean college = profile.educationLevel().isCollege();
    switch (p) {
      case COLLEGE_GRADUATE:
        return college && (profile.isGraduate() || profile.studyStatus() == StudyStatus.FINAL_YEAR);
      case COLLEGE_STUDENT:
        return college && !profile.isGraduate() && profile.studyStatus() != StudyStatus.FINAL_YEAR;
      case STEM:
        return college && profile.stemMajor();
      case MARTYR_OR_FALLEN_RELATIVE:
        return profile.priorityRelation() == PriorityRelation.MARTYR_OR_FALLEN_RELATIVE;
      case SERVICEMAN_CHILD:
        return profile.priorityRelation() == PriorityRelation.SERVICEMAN_CHILD;
      default:
        throw new AssertionError(p);
    }
  }
}
