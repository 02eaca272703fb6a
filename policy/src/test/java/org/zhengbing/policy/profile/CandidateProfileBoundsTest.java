package org.zhengbing.policy.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * Every range a profile checks is closed: its bounds themselves are accepted and the values just beyond rejected.
 * The draft is a fresh undergraduate graduate born 1996-05-01 enlisting in Chengdu in autumn 2018 (age 22).
 */
class CandidateProfileBoundsTest {

  private static CandidateProfile accepted(UnaryOperator<ProfileDraft> change) {
    return change.apply(ProfileDraft.of("510100", "2018-AUTUMN")).build();
  }

  private static void rejected(UnaryOperator<ProfileDraft> change, String message) {
    assertThatThrownBy(() -> accepted(change)).isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining(message);
  }

  @Test
  void birthYearsFrom1900AndAgesUpTo70AreAccepted() {
    assertThat(ProfileDraft.of("510100", "1960-AUTUMN").birthDate(LocalDate.of(1900, 1, 1)).build()
        .ageInEnlistmentYear()).isEqualTo(60);
    // 2018 - 1948 = 70, the most; 1947 gives 71
    assertThat(accepted(b -> b.birthDate(LocalDate.of(1948, 12, 31))).ageInEnlistmentYear()).isEqualTo(70);
    rejected(b -> b.birthDate(LocalDate.of(1947, 12, 31)), "age of at most 70 by 31 December 2018, but was "
        + "1947-12-31 (age 71)");
  }

  @Test
  void theYoungestPlausibleAgeOfEachLevelIsAccepted() {
    // junior high 12, senior high 14, junior college and undergraduate 15, postgraduate 17 (by 31 December 2018)
    assertYoungest(EducationLevel.JUNIOR_HIGH, 12);
    assertYoungest(EducationLevel.SENIOR_HIGH, 14);
    assertYoungest(EducationLevel.JUNIOR_COLLEGE, 15);
    assertYoungest(EducationLevel.UNDERGRADUATE, 15);
    assertYoungest(EducationLevel.POSTGRADUATE, 17);
  }

  private static void assertYoungest(EducationLevel level, int age) {
    assertThat(level.minimumPlausibleAge()).isEqualTo(age);
    assertThat(accepted(b -> b.educationLevel(level).birthDate(LocalDate.of(2018 - age, 12, 31)))
        .ageInEnlistmentYear()).isEqualTo(age);
    rejected(b -> b.educationLevel(level).birthDate(LocalDate.of(2018 - age + 1, 1, 1)),
        "birthDate must give an age of at least " + age + " by 31 December 2018 for education level " + level.key());
  }

  @Test
  void residencePermitYearsUpToTheAgeAreAccepted() {
    UnaryOperator<ProfileDraft> permit = b -> b.enlistmentBasis(EnlistmentBasis.RESIDENCE_PERMIT);
    assertThat(accepted(b -> permit.apply(b).residencePermitYears(22)).residencePermitYears()).hasValue(22);
    assertThat(accepted(b -> permit.apply(b).residencePermitYears(0)).residencePermitYears()).hasValue(0);
    rejected(b -> permit.apply(b).residencePermitYears(23), "residencePermitYears must be in 0..22 (the age), but was "
        + "23");
  }

  @Test
  void studyCountsUpToTheirLimitsAreAccepted() {
    UnaryOperator<ProfileDraft> student = b -> b.studyStatus(StudyStatus.STUDENT);
    assertThat(accepted(b -> b.studyStatus(StudyStatus.FRESHMAN).addAcademicYears(AcademicYear.ofTuition(Cny.ZERO)))
        .academicYears()).hasSize(1);
    assertThat(accepted(b -> student.apply(b).remainingStudyYears(8)).remainingStudyYears()).isEqualTo(8);
    rejected(b -> student.apply(b).remainingStudyYears(9), "remainingStudyYears must be in 0..8, but was 9");
    assertThat(accepted(b -> b.programmeYears(8)).programmeYears()).hasValue(8);
    assertThat(accepted(b -> b.programmeYears(1)).programmeYears()).hasValue(1);
    rejected(b -> b.programmeYears(9), "programmeYears must be in 1..8 and only given in higher education, but was 9");
    // a programme exactly used up: 2 years studied and 2 to go in a 4-year programme
    assertThat(accepted(b -> student.apply(b).programmeYears(4).remainingStudyYears(2)
        .addAcademicYears(AcademicYear.ofTuition(Cny.ZERO), AcademicYear.ofTuition(Cny.ZERO))).programmeYears())
        .hasValue(4);
  }

  @Test
  void serviceTimesUpToTheirLimitsAreAccepted() {
    assertThat(accepted(b -> b.monthsServed(1)).monthsServed()).hasValue(1);
    assertThat(accepted(b -> b.monthsServed(600)).monthsServed()).hasValue(600);
    assertThat(accepted(b -> b.monthsServed(10).sergeantSelectedAfterMonths(10)).sergeantSelectedAfterMonths())
        .hasValue(10);
    assertThat(accepted(b -> b.sergeantSelectedAfterMonths(1)).sergeantSelectedAfterMonths()).hasValue(1);
    rejected(b -> b.sergeantSelectedAfterMonths(0), "sergeantSelectedAfterMonths must be in 1..600, but was 0");
    assertThat(accepted(b -> b.officerOrAcademyAfterMonths(600)).officerOrAcademyAfterMonths()).hasValue(600);
    assertThat(accepted(b -> b.placementWaitMonths(120)).placementWaitMonths()).isEqualTo(120);
    rejected(b -> b.placementWaitMonths(-1), "placementWaitMonths must be in 0..120, but was -1");
  }

  @Test
  void bothKindsOfGraduateAreGraduates() {
    assertThat(accepted(b -> b.studyStatus(StudyStatus.FRESH_GRADUATE)).isGraduate()).isTrue();
    assertThat(accepted(b -> b.studyStatus(StudyStatus.PREVIOUS_GRADUATE)).isGraduate()).isTrue();
    assertThat(accepted(b -> b.studyStatus(StudyStatus.STUDENT)).isGraduate()).isFalse();
    assertThat(accepted(b -> b.studyStatus(StudyStatus.FINAL_YEAR)).isGraduate()).isFalse();
  }
}
