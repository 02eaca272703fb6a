package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

class TuitionCalculatorTest {

  private static final TuitionCalculator CALC = TuitionCalculator.of(SAMPLES);

  private static final AcademicYear DEAR = AcademicYear.ofTuition(Cny.ofYuan(30000));

  /** A graduate who paid 30,000 a year for four years (above every cap), enlisting in a term. */
  private static TuitionCompensation graduate(String term) {
    return CALC.calculate(ProfileDraft.of("500116", term).addAcademicYears(DEAR, DEAR, DEAR, DEAR).build());
  }

  @Test
  void capStepsWithTheEnlistmentDate() {
    // DOMAIN.md B1 [M], the staged caps for 本专科 by date of enlistment:
    // before 2022-01-24: 8,000; from 2022-01-24: 12,000; from 2023-09-01: 16,000; from 2024-09-01: 20,000.
    // Four years at 30,000 are capped at 4 × the cap in force on the approval date (03-01 or 09-01).
    assertThat(graduate("2021-AUTUMN").total()).isEqualTo(Cny.ofYuan(4 * 8000));
    assertThat(graduate("2022-SPRING").total()).isEqualTo(Cny.ofYuan(4 * 12000));
    assertThat(graduate("2023-SPRING").total()).isEqualTo(Cny.ofYuan(4 * 12000));
    assertThat(graduate("2023-AUTUMN").total()).isEqualTo(Cny.ofYuan(4 * 16000));
    assertThat(graduate("2024-SPRING").total()).isEqualTo(Cny.ofYuan(4 * 16000));
    assertThat(graduate("2024-AUTUMN").total()).isEqualTo(Cny.ofYuan(4 * 20000));
    TuitionCompensation t = graduate("2024-AUTUMN");
    assertThat(t.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2024, 9, 1));
    assertThat(step(t, "tuition.year").inputs()).anySatisfy(i -> assertThat(i.provenance().map(p -> p.citation()
        .document())).hasValueSatisfying(d -> assertThat(d).contains("财教〔2024〕188号")));
  }

  @Test
  void postgraduatesHaveTheirOwnCap() {
    // 财教〔2024〕188号: 研究生 at most 25,000 a year from autumn 2024; three years at 30,000 → 75,000.
    TuitionCompensation t = CALC.calculate(ProfileDraft.of("500116", "2024-AUTUMN")
        .educationLevel(EducationLevel.POSTGRADUATE).addAcademicYears(DEAR, DEAR, DEAR).build());
    assertThat(t.total()).isEqualTo(Cny.ofYuan(75000));
    // the cap is OFFICIAL_NOTICE; the weakest input is the illustrative 09-01 approval date carried from 2020
    assertThat(t.weakestConfidence()).contains(Confidence.ILLUSTRATIVE);
  }

  @Test
  void eachYearPaysTheHigherOfTuitionAndLoan() {
    // year 1: tuition 6,000, loan 5,000 + 1,500.50 = 6,500.50 → 6,500.50; year 2: tuition 5,000, no loan → 5,000
    TuitionCompensation t = CALC.calculate(ProfileDraft.of("500116", "2024-AUTUMN")
        .addAcademicYears(AcademicYear.of(Cny.ofYuan(6000), Cny.ofYuan(5000), Cny.of("1500.50")),
            AcademicYear.ofTuition(Cny.ofYuan(5000))).build());
    assertThat(t.compensation()).isEqualTo(Cny.of("11500.50"));
    assertThat(t.waiver()).isEqualTo(Cny.ZERO);
    assertThat(t.total()).isEqualTo(Cny.of("11500.50"));
  }

  @Test
  void remainingYearsAreWaivedUpToTheCapOnReturn() {
    // Spring 2023 (approved 2023-03-01, cap 12,000): two years paid at 5,000 → 10,000 compensation.
    // Back on 2025-03-01 (cap 20,000 since 2024-09-01): two remaining years at 22,000 → 2 × 20,000 = 40,000 waived.
    TuitionCompensation t = CALC.calculate(ProfileDraft.of("500116", "2023-SPRING")
        .studyStatus(StudyStatus.STUDENT).addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(5000)),
            AcademicYear.ofTuition(Cny.ofYuan(5000))).remainingStudyYears(2).annualTuitionFee(Cny.ofYuan(22000))
        .build());
    assertThat(t.compensation()).isEqualTo(Cny.ofYuan(10000));
    assertThat(t.waiver()).isEqualTo(Cny.ofYuan(40000));
    assertThat(t.total()).isEqualTo(Cny.ofYuan(50000));
    assertThat(t.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2023, 3, 1),
        LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1));
    assertThat(t.reason()).isEqualTo(BenefitReason.COLLEGE_STUDY);
  }

  @Test
  void anOfficerOrCadetDoesNotReturnSoHasNoWaiver() {
    TuitionCompensation t = CALC.calculate(ProfileDraft.of("500116", "2024-AUTUMN")
        .studyStatus(StudyStatus.STUDENT).addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(5000)))
        .remainingStudyYears(3).annualTuitionFee(Cny.ofYuan(5000)).officerOrAcademyAfterMonths(12).build());
    assertThat(t.total()).isEqualTo(Cny.ofYuan(5000));
  }

  @Test
  void excludedFundingCategoriesGetNothing() {
    TuitionCompensation t = CALC.calculate(ProfileDraft.of("500116", "2024-AUTUMN").addAcademicYears(DEAR)
        .studentFunding(StudentFundingStatus.DIRECTED).build());
    assertThat(t.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(t.reason()).isEqualTo(BenefitReason.EXCLUDED_FUNDING);
  }

  @Test
  void doesNotApplyWithoutCollegeStudyOrCosts() {
    TuitionCompensation school = CALC.calculate(ProfileDraft.of("500116", "2024-AUTUMN")
        .educationLevel(EducationLevel.SENIOR_HIGH).build());
    assertThat(school.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(school.reason()).isEqualTo(BenefitReason.NOT_COLLEGE);
    TuitionCompensation free = CALC.calculate(ProfileDraft.of("500116", "2024-AUTUMN").build());
    assertThat(free.reason()).isEqualTo(BenefitReason.NO_TUITION_COSTS);
  }

  @Test
  void yearsBeforeTheBundledCapsAreNotPublished() {
    TuitionCompensation t = CALC.calculate(ProfileDraft.of("510100", "2018-AUTUMN")
        .approvalDate(LocalDate.of(2018, 9, 1)).addAcademicYears(DEAR).build());
    assertThat(t.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(step(t, "tuition.not_published").input("parameter").orElseThrow().value().toString())
        .contains("tuition.excluded_funding");
  }
}
