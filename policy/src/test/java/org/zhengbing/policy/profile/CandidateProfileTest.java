package org.zhengbing.policy.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.testing.ProfileDraft;

class CandidateProfileTest {

  /** A fresh undergraduate graduate, born 1996-05-01, enlisting in Chengdu in autumn 2018. */
  static ProfileDraft graduate() {
    return ProfileDraft.of("510100", "2018-AUTUMN");
  }

  static ProfileDraft student() {
    return graduate().studyStatus(StudyStatus.STUDENT);
  }

  @Test
  void defaultsAreTheUsualFactsNotRules() {
    CandidateProfile p = graduate().build();
    assertThat(p.posting()).isEqualTo(Posting.ORDINARY);
    assertThat(p.enlistmentBasis()).isEqualTo(EnlistmentBasis.HUKOU);
    assertThat(p.studentFunding()).isEqualTo(StudentFundingStatus.ORDINARY);
    assertThat(p.priorityRelation()).isEqualTo(PriorityRelation.NONE);
    assertThat(p.annualTuitionFee()).isEqualTo(Cny.ZERO);
    assertThat(p.remainingStudyYears()).isZero();
    assertThat(p.merits()).isEmpty();
    assertThat(p.monthsServed()).isEmpty();
    assertThat(p.stemMajor()).isFalse();
  }

  @Test
  void educationCategoryCombinesLevelAndStatus() {
    assertThat(EducationCategory.of(EducationLevel.UNDERGRADUATE, StudyStatus.FRESH_GRADUATE))
        .isEqualTo(EducationCategory.BACHELOR_GRADUATE);
    assertThat(EducationCategory.of(EducationLevel.UNDERGRADUATE, StudyStatus.PREVIOUS_GRADUATE))
        .isEqualTo(EducationCategory.BACHELOR_GRADUATE);
    assertThat(EducationCategory.of(EducationLevel.UNDERGRADUATE, StudyStatus.FINAL_YEAR))
        .isEqualTo(EducationCategory.BACHELOR_FINAL_YEAR);
    assertThat(EducationCategory.of(EducationLevel.JUNIOR_COLLEGE, StudyStatus.FRESHMAN))
        .isEqualTo(EducationCategory.JUNIOR_COLLEGE_FRESHMAN);
    assertThat(EducationCategory.of(EducationLevel.JUNIOR_COLLEGE, StudyStatus.STUDENT))
        .isEqualTo(EducationCategory.JUNIOR_COLLEGE_STUDENT);
    assertThat(EducationCategory.of(EducationLevel.POSTGRADUATE, StudyStatus.FINAL_YEAR))
        .isEqualTo(EducationCategory.POSTGRADUATE_STUDENT);
    assertThat(EducationCategory.of(EducationLevel.POSTGRADUATE, StudyStatus.FRESHMAN))
        .isEqualTo(EducationCategory.POSTGRADUATE_STUDENT);
    assertThat(EducationCategory.of(EducationLevel.SENIOR_HIGH, StudyStatus.FRESH_GRADUATE))
        .isEqualTo(EducationCategory.SENIOR_HIGH);
    assertThat(graduate().build().educationCategory()).isEqualTo(EducationCategory.BACHELOR_GRADUATE);
    assertThat(EducationCategory.ofKey("junior_college_freshman")).contains(EducationCategory.JUNIOR_COLLEGE_FRESHMAN);
    assertThat(EducationCategory.ofKey("nonsense")).isEmpty();
  }

  @Test
  void studyLevelSelectsTheTuitionCapRow() {
    assertThat(EducationLevel.JUNIOR_COLLEGE.studyLevel()).contains(StudyLevel.UNDERGRADUATE_OR_JUNIOR_COLLEGE);
    assertThat(EducationLevel.UNDERGRADUATE.studyLevel()).contains(StudyLevel.UNDERGRADUATE_OR_JUNIOR_COLLEGE);
    assertThat(EducationLevel.POSTGRADUATE.studyLevel()).contains(StudyLevel.POSTGRADUATE);
    assertThat(EducationLevel.SENIOR_HIGH.studyLevel()).isEmpty();
  }

  @Test
  void ageIsCountedByThirtyFirstDecemberOfTheEnlistmentYear() {
    // born 1996-05-01, enlisting in 2018: 22 by 31 December 2018
    assertThat(graduate().build().ageInEnlistmentYear()).isEqualTo(22);
    assertThat(graduate().birthDate(LocalDate.of(1996, 12, 31)).build().ageInEnlistmentYear()).isEqualTo(22);
  }

  @Test
  void withMethodsChangeOneAttribute() {
    CandidateProfile p = graduate().build();
    CandidateProfile q = p.withEnlistmentRegion(RegionCode.of("350583")).withPosting(Posting.TIBET_XINJIANG)
        .withMonthsServed(30).withMerits(java.util.List.of(MeritAward.SECOND_CLASS_MERIT))
        .withHukouType(HukouType.RURAL);
    assertThat(q.enlistmentRegion()).isEqualTo(RegionCode.of("350583"));
    assertThat(q.posting()).isEqualTo(Posting.TIBET_XINJIANG);
    assertThat(q.monthsServed()).hasValue(30);
    assertThat(q.merits()).containsExactly(MeritAward.SECOND_CLASS_MERIT);
    assertThat(q.hukouType()).contains(HukouType.RURAL);
    assertThat(q.birthDate()).isEqualTo(p.birthDate());
    assertThat(p.posting()).isEqualTo(Posting.ORDINARY);
    assertThat(p.withEnlistmentTerm(ConscriptionTerm.parse("2019-AUTUMN")).enlistmentTerm().year()).isEqualTo(2019);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(graduate().build(), graduate().build())
        .addEqualityGroup(graduate().posting(Posting.OTHER_HARDSHIP).build())
        .addEqualityGroup(student().build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AcademicYear.ofTuition(Cny.ofYuan(5000)), AcademicYear.of(Cny.ofYuan(5000), Cny.ZERO,
            Cny.ZERO))
        .addEqualityGroup(AcademicYear.of(Cny.ofYuan(5000), Cny.ofYuan(1), Cny.ZERO))
        .testEquals();
  }

  @Test
  void factoriesRejectNulls() {
    new NullPointerTester().setDefault(org.joda.money.Money.class, Cny.ZERO)
        .testAllPublicStaticMethods(AcademicYear.class);
    new NullPointerTester().testAllPublicStaticMethods(EducationCategory.class);
    new NullPointerTester().testAllPublicInstanceMethods(graduate().build());
  }

  // ---------------------------------------------------------------------------------- every rejected profile

  private static void rejects(UnaryOperator<ProfileDraft> change, String field, String message) {
    assertThatThrownBy(() -> change.apply(graduate()).build())
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidProfileException) e).field()).isEqualTo(field));
  }

  @Test
  void rejectsAGraduateBornLastYear() {
    rejects(b -> b.birthDate(LocalDate.of(2017, 3, 1)), "birthDate",
        "birthDate must give an age of at least 15 by 31 December 2018 for education level undergraduate "
            + "(fresh_graduate), but was 2017-03-01 (age 1)");
  }

  @Test
  void rejectsABirthInOrAfterTheEnlistmentYear() {
    rejects(b -> b.birthDate(LocalDate.of(2018, 1, 1)), "birthDate",
        "birthDate must be in 1900 or later and before the enlistment year 2018, but was 2018-01-01");
    rejects(b -> b.birthDate(LocalDate.of(1899, 12, 31)), "birthDate",
        "birthDate must be in 1900 or later and before the enlistment year 2018, but was 1899-12-31");
  }

  @Test
  void rejectsAnAgeBeyondThePlausible() {
    rejects(b -> b.birthDate(LocalDate.of(1940, 1, 1)), "birthDate",
        "birthDate must give an age of at most 70 by 31 December 2018, but was 1940-01-01 (age 78)");
  }

  @Test
  void rejectsNegativeTuition() {
    assertThatThrownBy(() -> AcademicYear.ofTuition(Cny.ofYuan(-100)))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("tuitionPaid must be >= 0, but was -100.00");
    assertThatThrownBy(() -> AcademicYear.of(Cny.ZERO, Cny.of("-0.01"), Cny.ZERO))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("loanPrincipal must be >= 0, but was -0.01");
    assertThatThrownBy(() -> AcademicYear.of(Cny.ZERO, Cny.ZERO, Cny.of("-5")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("loanInterest must be >= 0, but was -5.00");
  }

  @Test
  void rejectsAmountsInAnotherCurrency() {
    assertThatThrownBy(() -> AcademicYear.ofTuition(org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 10)))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("tuitionPaid must be in CNY, but was USD 10.00");
    rejects(b -> b.studyStatus(StudyStatus.STUDENT).annualTuitionFee(Cny.ofYuan(-1)), "annualTuitionFee",
        "annualTuitionFee must be an amount in CNY >= 0, but was CNY -1.00");
  }

  @Test
  void rejectsAFreshmanBelowHigherEducation() {
    rejects(b -> b.educationLevel(EducationLevel.SENIOR_HIGH).studyStatus(StudyStatus.FRESHMAN), "studyStatus",
        "studyStatus must not be freshman below higher education");
  }

  @Test
  void rejectsEnlistingAtSchoolWithoutBeingACollegeStudentOrNewGraduate() {
    rejects(b -> b.educationLevel(EducationLevel.SENIOR_HIGH).enlistmentBasis(EnlistmentBasis.SCHOOL),
        "enlistmentBasis", "enlistmentBasis school must only be used by college students and new graduates, but the "
            + "profile was senior_high fresh_graduate");
    rejects(b -> b.studyStatus(StudyStatus.PREVIOUS_GRADUATE).enlistmentBasis(EnlistmentBasis.SCHOOL),
        "enlistmentBasis", "but the profile was undergraduate previous_graduate");
  }

  @Test
  void rejectsTuitionBelowHigherEducation() {
    rejects(b -> b.educationLevel(EducationLevel.SENIOR_HIGH).addAcademicYears(AcademicYear.ofTuition(Cny.ZERO)),
        "academicYears", "academicYears must be empty below higher education, but had 1 for education level "
            + "senior_high");
  }

  @Test
  void rejectsMoreThanOneYearForAFreshman() {
    rejects(b -> b.studyStatus(StudyStatus.FRESHMAN).addAcademicYears(AcademicYear.ofTuition(Cny.ZERO),
        AcademicYear.ofTuition(Cny.ZERO)), "academicYears", "academicYears must have at most 1 year for a freshman, "
            + "but had 2");
  }

  @Test
  void rejectsRemainingYearsForAGraduateOrOutOfRange() {
    rejects(b -> b.remainingStudyYears(2), "remainingStudyYears", "remainingStudyYears must be 0 unless the "
        + "candidate is an enrolled college student, but was 2 for undergraduate fresh_graduate");
    rejects(b -> b.studyStatus(StudyStatus.STUDENT).remainingStudyYears(-1), "remainingStudyYears",
        "remainingStudyYears must be in 0..8, but was -1");
  }

  @Test
  void rejectsMoreYearsThanTheProgramme() {
    rejects(b -> b.studyStatus(StudyStatus.STUDENT).programmeYears(4).remainingStudyYears(2)
        .addAcademicYears(AcademicYear.ofTuition(Cny.ZERO), AcademicYear.ofTuition(Cny.ZERO),
            AcademicYear.ofTuition(Cny.ZERO)), "academicYears",
        "academicYears (3) plus remainingStudyYears (2) must not exceed programmeYears 4, but was 5");
    rejects(b -> b.programmeYears(0), "programmeYears", "programmeYears must be in 1..8 and only given in higher "
        + "education, but was 0 for undergraduate");
    rejects(b -> b.educationLevel(EducationLevel.SENIOR_HIGH).programmeYears(3), "programmeYears",
        "but was 3 for senior_high");
  }

  @Test
  void rejectsImpossibleServiceTimes() {
    rejects(b -> b.monthsServed(0), "monthsServed", "monthsServed must be in 1..600, but was 0");
    rejects(b -> b.monthsServed(601), "monthsServed", "monthsServed must be in 1..600, but was 601");
    rejects(b -> b.monthsServed(10).sergeantSelectedAfterMonths(12), "sergeantSelectedAfterMonths",
        "sergeantSelectedAfterMonths must be in 1..10 (monthsServed), but was 12");
    rejects(b -> b.officerOrAcademyAfterMonths(0), "officerOrAcademyAfterMonths",
        "officerOrAcademyAfterMonths must be in 1..600, but was 0");
    rejects(b -> b.placementWaitMonths(121), "placementWaitMonths", "placementWaitMonths must be in 0..120, but "
        + "was 121");
    rejects(b -> b.officerOrAcademyAfterMonths(20).placementWaitMonths(2), "placementWaitMonths",
        "placementWaitMonths must be 0 for someone who became an officer or cadet");
  }

  @Test
  void rejectsAnApprovalDateOutsideTheTerm() {
    rejects(b -> b.approvalDate(LocalDate.of(2018, 3, 1)), "approvalDate",
        "approvalDate must fall in the half-year of the enlistment term 2018-AUTUMN, but was 2018-03-01");
  }

  @Test
  void rejectsResidencePermitYearsWithoutThatBasis() {
    rejects(b -> b.residencePermitYears(3), "residencePermitYears",
        "residencePermitYears must only be given when enlistmentBasis is residence_permit, but enlistmentBasis was "
            + "hukou");
    rejects(b -> b.enlistmentBasis(EnlistmentBasis.RESIDENCE_PERMIT).residencePermitYears(-1),
        "residencePermitYears", "residencePermitYears must be in 0..22 (the age), but was -1");
  }
}
