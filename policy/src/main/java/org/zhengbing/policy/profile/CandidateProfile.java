package org.zhengbing.policy.profile;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * A young person considering or entering conscript service (应征青年), as the benefit calculators see them: sex,
 * birth date, education, where and in which season they enlist, what their studies cost, where they are posted and,
 * for later-service scenarios, how service went.
 *
 * <pre>{@code
 * CandidateProfile p = CandidateProfile.builder()
 *     .sex(Sex.MALE).birthDate(LocalDate.of(2000, 5, 1))
 *     .educationLevel(EducationLevel.UNDERGRADUATE).studyStatus(StudyStatus.FRESH_GRADUATE)
 *     .enlistmentRegion(RegionCode.of("510100")).enlistmentTerm(ConscriptionTerm.parse("2018-AUTUMN"))
 *     .addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(5000)))
 *     .build();
 * }</pre>
 *
 * <p>The profile checks that it is possible, not that the person is eligible (that is a question for the age
 * windows and eligibility rules): an impossible profile, such as a graduate born last year or negative tuition, is
 * rejected with an {@link InvalidProfileException} naming the field. Attributes with a default are facts that are
 * usually so (an ordinary posting, no merits), never legal rules.
 *
 * <p>Service times are whole months from the approval date (批准入伍之日, from which service counts under 兵役法
 * Art 29); when the profile does not give them, the calculators use the full conscript term.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true)
public abstract class CandidateProfile {

  /** Plausibility bound on any service time in months (not a legal limit). */
  private static final int MAX_MONTHS = 600;
  /** Plausibility bound on the length of a programme of study in years (not a legal limit). */
  private static final int MAX_PROGRAMME_YEARS = 8;
  /** Plausibility bound on age in years (not a legal limit). */
  private static final int MAX_AGE = 70;
  /** Plausibility bound on the months spent waiting for an assigned job (not a legal limit). */
  private static final int MAX_WAIT_MONTHS = 120;

  CandidateProfile() {}

  /**
   * Returns the candidate's sex.
   *
   * @return the sex, never null
   */
  public abstract Sex sex();

  /**
   * Returns the date of birth.
   *
   * @return the date, never null
   */
  public abstract LocalDate birthDate();

  /**
   * Returns the highest education level reached or being studied at.
   *
   * @return the level, never null
   */
  public abstract EducationLevel educationLevel();

  /**
   * Returns where the candidate stands in that level: freshman, student, final-year student, or graduate.
   *
   * @return the status, never null
   */
  public abstract StudyStatus studyStatus();

  /**
   * Returns true if the candidate studies or studied a science, technology, engineering or mathematics subject
   * (理工类专业), which gives priority approval.
   *
   * @return whether the major is STEM
   */
  @Value.Default
  public boolean stemMajor() {
    return false;
  }

  /**
   * Returns the region (normally a county-level code) where the candidate enlists, whose government pays the family
   * preferential payment and local benefits.
   *
   * @return the region, never null
   */
  public abstract RegionCode enlistmentRegion();

  /**
   * Returns why the candidate enlists in that region.
   *
   * @return the basis, never null
   */
  @Value.Default
  public EnlistmentBasis enlistmentBasis() {
    return EnlistmentBasis.HUKOU;
  }

  /**
   * Returns how many years the candidate has held a residence permit in the region, when enlisting there on that
   * basis.
   *
   * @return the years, if given
   */
  public abstract OptionalInt residencePermitYears();

  /**
   * Returns the season of enlistment, such as {@code 2018-AUTUMN}.
   *
   * @return the term, never null
   */
  public abstract ConscriptionTerm enlistmentTerm();

  /**
   * Returns the approval date (批准入伍日期) on the enlistment approval, if known; otherwise the calculators use
   * the season's approval date parameter. It must fall in the half-year of {@link #enlistmentTerm()}.
   *
   * @return the date, if given
   */
  public abstract Optional<LocalDate> approvalDate();

  /**
   * Returns whether the family's household registration is urban or rural, which only older formulas use.
   *
   * @return the type, if given
   */
  public abstract Optional<HukouType> hukouType();

  /**
   * Returns the costs of each academic year already studied in higher education, in order.
   *
   * @return the years, never null, empty below higher education
   */
  public abstract ImmutableList<AcademicYear> academicYears();

  /**
   * Returns how many academic years remain for a student who returns to study after service (the years whose
   * tuition is waived).
   *
   * @return the years, at least zero, zero for graduates
   */
  @Value.Default
  public int remainingStudyYears() {
    return 0;
  }

  /**
   * Returns the tuition fee a year for the remaining years of study.
   *
   * @return the fee, never null, at least zero
   */
  @Value.Default
  public Money annualTuitionFee() {
    return Cny.ZERO;
  }

  /**
   * Returns the standard length of the programme in years, if given; the years studied plus the years remaining
   * must not exceed it.
   *
   * @return the years, if given
   */
  public abstract OptionalInt programmeYears();

  /**
   * Returns how the student's tuition is funded.
   *
   * @return the status, never null
   */
  @Value.Default
  public StudentFundingStatus studentFunding() {
    return StudentFundingStatus.ORDINARY;
  }

  /**
   * Returns where the recruit is posted.
   *
   * @return the posting, never null
   */
  @Value.Default
  public Posting posting() {
    return Posting.ORDINARY;
  }

  /**
   * Returns a family tie that gives priority approval.
   *
   * @return the relation, never null
   */
  @Value.Default
  public PriorityRelation priorityRelation() {
    return PriorityRelation.NONE;
  }

  /**
   * Returns the months of active service at discharge, if the scenario gives them; otherwise the full conscript
   * term. More than the term means the soldier served on as a sergeant.
   *
   * @return the months, if given, at least 1
   */
  public abstract OptionalInt monthsServed();

  /**
   * Returns after how many months of service the conscript was selected as a sergeant (选改军士), if so.
   *
   * @return the months, if selected
   */
  public abstract OptionalInt sergeantSelectedAfterMonths();

  /**
   * Returns after how many months of service the conscript became an officer or entered a military academy
   * (提干、考入军校), if so.
   *
   * @return the months, if so
   */
  public abstract OptionalInt officerOrAcademyAfterMonths();

  /**
   * Returns the honours and merit awards received in service, one entry per award.
   *
   * @return the awards, never null
   */
  public abstract ImmutableList<MeritAward> merits();

  /**
   * Returns the months a discharged soldier entitled to an assigned job waited for it (待安排工作期间).
   *
   * @return the months, at least zero
   */
  @Value.Default
  public int placementWaitMonths() {
    return 0;
  }

  /**
   * Returns the education category that local benefit tables are keyed by.
   *
   * @return the category, never null
   */
  @Value.Derived
  public EducationCategory educationCategory() {
    return EducationCategory.of(educationLevel(), studyStatus());
  }

  /**
   * Returns the age reached by 31 December of the enlistment year, which is how conscription ages are counted.
   *
   * @return the age in years
   */
  public int ageInEnlistmentYear() {
    return enlistmentTerm().year() - birthDate().getYear();
  }

  /**
   * Returns true if the candidate is a student of higher education who has not graduated (a freshman, student or
   * final-year student of 专科, 本科 or 研究生).
   *
   * @return whether the candidate is an enrolled college student
   */
  public boolean isCollegeStudent() {
    return educationLevel().isCollege() && !isGraduate();
  }

  /**
   * Returns true if the candidate has graduated at their education level.
   *
   * @return whether the candidate is a graduate
   */
  public boolean isGraduate() {
    return studyStatus() == StudyStatus.FRESH_GRADUATE || studyStatus() == StudyStatus.PREVIOUS_GRADUATE;
  }

  /**
   * Returns a copy in another enlistment region.
   *
   * @param value  the region, not null
   * @return the copy, never null
   */
  public abstract CandidateProfile withEnlistmentRegion(RegionCode value);

  /**
   * Returns a copy enlisting in another term.
   *
   * @param value  the term, not null
   * @return the copy, never null
   * @throws InvalidProfileException if the copy is impossible, such as an approval date outside the term
   */
  public abstract CandidateProfile withEnlistmentTerm(ConscriptionTerm value);

  /**
   * Returns a copy with an approval date.
   *
   * @param value  the date, not null
   * @return the copy, never null
   * @throws InvalidProfileException if the date is not in the enlistment term's half-year
   */
  public abstract CandidateProfile withApprovalDate(LocalDate value);

  /**
   * Returns a copy with another posting.
   *
   * @param value  the posting, not null
   * @return the copy, never null
   */
  public abstract CandidateProfile withPosting(Posting value);

  /**
   * Returns a copy with other merit awards.
   *
   * @param elements  the awards, not null
   * @return the copy, never null
   */
  public abstract CandidateProfile withMerits(Iterable<? extends MeritAward> elements);

  /**
   * Returns a copy with a service time.
   *
   * @param value  the months served
   * @return the copy, never null
   * @throws InvalidProfileException if the months are impossible
   */
  public abstract CandidateProfile withMonthsServed(int value);

  /**
   * Returns a copy with another birth date.
   *
   * @param value  the date, not null
   * @return the copy, never null
   * @throws InvalidProfileException if the copy is impossible
   */
  public abstract CandidateProfile withBirthDate(LocalDate value);

  /**
   * Returns a copy with a household registration type.
   *
   * @param value  the type, not null
   * @return the copy, never null
   */
  public abstract CandidateProfile withHukouType(HukouType value);

  @Value.Check
  void check() {
    checkAges();
    checkStudy();
    checkService();
  }

  private void checkAges() {
    int year = enlistmentTerm().year();
    if (birthDate().getYear() < ConscriptionTerm.FIRST_YEAR || !birthDate().isBefore(LocalDate.of(year, 1, 1))) {
      throw new InvalidProfileException("birthDate", "birthDate must be in " + ConscriptionTerm.FIRST_YEAR
          + " or later and before the enlistment year " + year + ", but was " + birthDate());
    }
    int age = ageInEnlistmentYear();
    int min = educationLevel().minimumPlausibleAge();
    if (age < min) {
      throw new InvalidProfileException("birthDate", "birthDate must give an age of at least " + min
          + " by 31 December " + year + " for education level " + educationLevel().key() + " (" + studyStatus().key()
          + "), but was " + birthDate() + " (age " + age + ")");
    }
    if (age > MAX_AGE) {
      throw new InvalidProfileException("birthDate", "birthDate must give an age of at most " + MAX_AGE
          + " by 31 December " + year + ", but was " + birthDate() + " (age " + age + ")");
    }
    // compare the year first: ConscriptionTerm.from rejects years outside 1900..2200 with a plain exception
    if (approvalDate().isPresent() && (approvalDate().get().getYear() != year
        || !ConscriptionTerm.from(approvalDate().get()).equals(enlistmentTerm()))) {
      throw new InvalidProfileException("approvalDate", "approvalDate must fall in the half-year of the enlistment "
          + "term " + enlistmentTerm() + ", but was " + approvalDate().get());
    }
    if (residencePermitYears().isPresent()) {
      int years = residencePermitYears().getAsInt();
      if (enlistmentBasis() != EnlistmentBasis.RESIDENCE_PERMIT) {
        throw new InvalidProfileException("residencePermitYears", "residencePermitYears must only be given when "
            + "enlistmentBasis is residence_permit, but enlistmentBasis was " + enlistmentBasis().key());
      }
      if (years < 0 || years > age) {
        throw new InvalidProfileException("residencePermitYears", "residencePermitYears must be in 0.." + age
            + " (the age), but was " + years);
      }
    }
  }

  private void checkStudy() {
    boolean college = educationLevel().isCollege();
    if (!college && studyStatus() == StudyStatus.FRESHMAN) {
      throw new InvalidProfileException("studyStatus", "studyStatus must not be freshman below higher education "
          + "(a senior-high graduate admitted to college is a college freshman), but education level was "
          + educationLevel().key());
    }
    if (enlistmentBasis() == EnlistmentBasis.SCHOOL
        && (!college || studyStatus() == StudyStatus.PREVIOUS_GRADUATE)) {
      throw new InvalidProfileException("enlistmentBasis", "enlistmentBasis school must only be used by college "
          + "students and new graduates, but the profile was " + educationLevel().key() + " " + studyStatus().key());
    }
    if (!college && !academicYears().isEmpty()) {
      throw new InvalidProfileException("academicYears", "academicYears must be empty below higher education, but "
          + "had " + academicYears().size() + " for education level " + educationLevel().key());
    }
    if (studyStatus() == StudyStatus.FRESHMAN && academicYears().size() > 1) {
      throw new InvalidProfileException("academicYears", "academicYears must have at most 1 year for a freshman, "
          + "but had " + academicYears().size());
    }
    if (remainingStudyYears() < 0 || remainingStudyYears() > MAX_PROGRAMME_YEARS) {
      throw new InvalidProfileException("remainingStudyYears", "remainingStudyYears must be in 0.."
          + MAX_PROGRAMME_YEARS + ", but was " + remainingStudyYears());
    }
    if (remainingStudyYears() > 0 && !isCollegeStudent()) {
      throw new InvalidProfileException("remainingStudyYears", "remainingStudyYears must be 0 unless the candidate "
          + "is an enrolled college student, but was " + remainingStudyYears() + " for " + educationLevel().key()
          + " " + studyStatus().key());
    }
    if (!annualTuitionFee().getCurrencyUnit().equals(Cny.CNY) || annualTuitionFee().isNegative()) {
      throw new InvalidProfileException("annualTuitionFee", "annualTuitionFee must be an amount in CNY >= 0, but "
          + "was " + annualTuitionFee());
    }
    if (programmeYears().isPresent()) {
      int years = programmeYears().getAsInt();
      if (!college || years < 1 || years > MAX_PROGRAMME_YEARS) {
        throw new InvalidProfileException("programmeYears", "programmeYears must be in 1.." + MAX_PROGRAMME_YEARS
            + " and only given in higher education, but was " + years + " for " + educationLevel().key());
      }
      int used = academicYears().size() + remainingStudyYears();
      if (used > years) {
        throw new InvalidProfileException("academicYears", "academicYears (" + academicYears().size()
            + ") plus remainingStudyYears (" + remainingStudyYears() + ") must not exceed programmeYears " + years
            + ", but was " + used);
      }
    }
  }

  private void checkService() {
    int served = monthsServed().orElse(MAX_MONTHS);
    if (monthsServed().isPresent() && (served < 1 || served > MAX_MONTHS)) {
      throw new InvalidProfileException("monthsServed", "monthsServed must be in 1.." + MAX_MONTHS + ", but was "
          + served);
    }
    checkMonths("sergeantSelectedAfterMonths", sergeantSelectedAfterMonths(), served);
    checkMonths("officerOrAcademyAfterMonths", officerOrAcademyAfterMonths(), served);
    if (placementWaitMonths() < 0 || placementWaitMonths() > MAX_WAIT_MONTHS) {
      throw new InvalidProfileException("placementWaitMonths", "placementWaitMonths must be in 0.."
          + MAX_WAIT_MONTHS + ", but was " + placementWaitMonths());
    }
    if (placementWaitMonths() > 0 && officerOrAcademyAfterMonths().isPresent()) {
      throw new InvalidProfileException("placementWaitMonths", "placementWaitMonths must be 0 for someone who "
          + "became an officer or cadet (not discharged as a soldier), but was " + placementWaitMonths());
    }
  }

  private void checkMonths(String field, OptionalInt months, int served) {
    if (months.isPresent() && (months.getAsInt() < 1 || months.getAsInt() > served)) {
      throw new InvalidProfileException(field, field + " must be in 1.." + served
          + (monthsServed().isPresent() ? " (monthsServed)" : "") + ", but was " + months.getAsInt());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CandidateProfile}; each attribute may be set once. */
  public static final class Builder extends ImmutableCandidateProfile.Builder {
    Builder() {}
  }
}
