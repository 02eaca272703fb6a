package org.zhengbing.policy.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.joda.money.Money;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.EnlistmentBasis;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.PriorityRelation;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * A test fixture for candidate profiles: the required attributes have defaults that a test may override any number
 * of times (unlike the profile's strict builder), and the other attributes are set once as on the builder.
 *
 * <pre>{@code
 * CandidateProfile p = ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1))
 *     .educationLevel(EducationLevel.JUNIOR_COLLEGE).studyStatus(StudyStatus.STUDENT).build();
 * }</pre>
 *
 * <p>Defaults: a man born on 1 May 22 years before the enlistment year, a fresh undergraduate graduate. Not
 * thread-safe.
 */
public final class ProfileDraft {

  private Sex sex = Sex.MALE;
  private LocalDate birthDate;
  private EducationLevel educationLevel = EducationLevel.UNDERGRADUATE;
  private StudyStatus studyStatus = StudyStatus.FRESH_GRADUATE;
  private RegionCode enlistmentRegion;
  private ConscriptionTerm enlistmentTerm;
  private final List<UnaryOperator<CandidateProfile.Builder>> ops = new ArrayList<>();

  private ProfileDraft(RegionCode region, ConscriptionTerm term) {
    this.enlistmentRegion = region;
    this.enlistmentTerm = term;
    this.birthDate = LocalDate.of(term.year() - 22, 5, 1);
  }

  /**
   * Starts a draft enlisting in a region and term.
   *
   * @param region  the region code, such as {@code "510100"}
   * @param term  the term, such as {@code "2018-AUTUMN"}
   * @return the draft
   */
  public static ProfileDraft of(String region, String term) {
    return new ProfileDraft(RegionCode.of(region), ConscriptionTerm.parse(term));
  }

  /**
   * Overrides the sex.
   *
   * @param value  the sex
   * @return this draft
   */
  public ProfileDraft sex(Sex value) {
    sex = value;
    return this;
  }

  /**
   * Overrides the birth date.
   *
   * @param value  the date
   * @return this draft
   */
  public ProfileDraft birthDate(LocalDate value) {
    birthDate = value;
    return this;
  }

  /**
   * Overrides the education level.
   *
   * @param value  the level
   * @return this draft
   */
  public ProfileDraft educationLevel(EducationLevel value) {
    educationLevel = value;
    return this;
  }

  /**
   * Overrides the study status.
   *
   * @param value  the status
   * @return this draft
   */
  public ProfileDraft studyStatus(StudyStatus value) {
    studyStatus = value;
    return this;
  }

  /**
   * Overrides the enlistment region.
   *
   * @param value  the region code
   * @return this draft
   */
  public ProfileDraft enlistmentRegion(String value) {
    enlistmentRegion = RegionCode.of(value);
    return this;
  }

  /**
   * Overrides the enlistment term.
   *
   * @param value  the term, such as {@code 2024-AUTUMN}
   * @return this draft
   */
  public ProfileDraft enlistmentTerm(String value) {
    enlistmentTerm = ConscriptionTerm.parse(value);
    return this;
  }

  /**
   * Adds academic years.
   *
   * @param values  the years
   * @return this draft
   */
  public ProfileDraft addAcademicYears(AcademicYear... values) {
    ops.add(b -> b.addAcademicYears(values));
    return this;
  }

  /**
   * Adds merit awards.
   *
   * @param values  the awards
   * @return this draft
   */
  public ProfileDraft addMerits(MeritAward... values) {
    ops.add(b -> b.addMerits(values));
    return this;
  }

  /**
   * Sets enlistmentBasis on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft enlistmentBasis(EnlistmentBasis value) {
    ops.add(b -> b.enlistmentBasis(value));
    return this;
  }
  /**
   * Sets residencePermitYears on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft residencePermitYears(int value) {
    ops.add(b -> b.residencePermitYears(value));
    return this;
  }
  /**
   * Sets approvalDate on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft approvalDate(LocalDate value) {
    ops.add(b -> b.approvalDate(value));
    return this;
  }
  /**
   * Sets hukouType on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft hukouType(HukouType value) {
    ops.add(b -> b.hukouType(value));
    return this;
  }
  /**
   * Sets remainingStudyYears on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft remainingStudyYears(int value) {
    ops.add(b -> b.remainingStudyYears(value));
    return this;
  }
  /**
   * Sets annualTuitionFee on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft annualTuitionFee(Money value) {
    ops.add(b -> b.annualTuitionFee(value));
    return this;
  }
  /**
   * Sets programmeYears on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft programmeYears(int value) {
    ops.add(b -> b.programmeYears(value));
    return this;
  }
  /**
   * Sets studentFunding on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft studentFunding(StudentFundingStatus value) {
    ops.add(b -> b.studentFunding(value));
    return this;
  }
  /**
   * Sets posting on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft posting(Posting value) {
    ops.add(b -> b.posting(value));
    return this;
  }
  /**
   * Sets priorityRelation on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft priorityRelation(PriorityRelation value) {
    ops.add(b -> b.priorityRelation(value));
    return this;
  }
  /**
   * Sets stemMajor on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft stemMajor(boolean value) {
    ops.add(b -> b.stemMajor(value));
    return this;
  }
  /**
   * Sets monthsServed on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft monthsServed(int value) {
    ops.add(b -> b.monthsServed(value));
    return this;
  }
  /**
   * Sets sergeantSelectedAfterMonths on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft sergeantSelectedAfterMonths(int value) {
    ops.add(b -> b.sergeantSelectedAfterMonths(value));
    return this;
  }
  /**
   * Sets officerOrAcademyAfterMonths on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft officerOrAcademyAfterMonths(int value) {
    ops.add(b -> b.officerOrAcademyAfterMonths(value));
    return this;
  }
  /**
   * Sets placementWaitMonths on the profile to build (once).
   *
   * @param value  the value
   * @return this draft
   */
  public ProfileDraft placementWaitMonths(int value) {
    ops.add(b -> b.placementWaitMonths(value));
    return this;
  }

  /**
   * Applies any other change to the builder.
   *
   * @param change  the change
   * @return this draft
   */
  public ProfileDraft with(UnaryOperator<CandidateProfile.Builder> change) {
    ops.add(change);
    return this;
  }

  /**
   * Builds the profile.
   *
   * @return the profile
   * @throws org.zhengbing.policy.profile.InvalidProfileException if it is impossible
   */
  public CandidateProfile build() {
    CandidateProfile.Builder b = CandidateProfile.builder().sex(sex).birthDate(birthDate)
        .educationLevel(educationLevel).studyStatus(studyStatus).enlistmentRegion(enlistmentRegion)
        .enlistmentTerm(enlistmentTerm);
    for (UnaryOperator<CandidateProfile.Builder> op : ops) {
      b = op.apply(b);
    }
    return b.build();
  }
}
