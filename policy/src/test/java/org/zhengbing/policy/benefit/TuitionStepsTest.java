package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

/** The tuition compensation's explanation: every step, in order, with its worked-out result. */
class TuitionStepsTest {

  private static Datum money(long yuan) {
    return new Datum.OfMoney(Cny.ofYuan(yuan));
  }

  private static ProfileDraft student() {
    return ProfileDraft.of("500116", "2025-AUTUMN").educationLevel(EducationLevel.UNDERGRADUATE)
        .studyStatus(StudyStatus.STUDENT);
  }

  @Test
  void yearsAndWaiverAreExplainedStepByStep() {
    // cap 20,000 a year for undergraduates from 2024-09-01 (教育部 2024), in force on approval and on return:
    // year 1: tuition 22,000, capped at 20,000; year 2: tuition 5,000 < loan 6,000 + interest 300 = 6,300;
    // compensation 26,300; two years left at 25,000, each capped at 20,000: 40,000 waived; 66,300 in all
    TuitionCompensation t = TuitionCalculator.of(SAMPLES).calculate(student()
        .addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(22000)),
            AcademicYear.of(Cny.ofYuan(5000), Cny.ofYuan(6000), Cny.ofYuan(300)))
        .remainingStudyYears(2).annualTuitionFee(Cny.ofYuan(25000)).build());
    List<Step> steps = t.explanation().steps();
    assertThat(steps).extracting(Step::rule).containsExactly("service.approval_date", "tuition.funding",
        "tuition.year", "tuition.year", "tuition.compensation", "tuition.waiver", "tuition.total");
    assertThat(steps.get(1).result()).isEqualTo(new Datum.OfBoolean(false));
    assertThat(steps.get(2).result()).isEqualTo(money(20000));
    assertThat(steps.get(2).input("year").map(Input::value)).contains(new Datum.OfInteger(1));
    assertThat(steps.get(3).result()).isEqualTo(money(6300));
    assertThat(steps.get(3).input("year").map(Input::value)).contains(new Datum.OfInteger(2));
    assertThat(steps.get(4).result()).isEqualTo(money(26300));
    assertThat(steps.get(5).result()).isEqualTo(money(40000));
    assertThat(t.total()).isEqualTo(Cny.ofYuan(66300));
    // the waiver is paid a year at a time from the return on 2027-09-01
    assertThat(t.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2025, 9, 1),
        LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1));
  }

  @Test
  void anExcludedFundingIsExplainedAsSuch() {
    // directed students (定向生) are excluded from compensation (tuition.excluded_funding)
    TuitionCompensation t = TuitionCalculator.of(SAMPLES).calculate(student()
        .studentFunding(StudentFundingStatus.DIRECTED).addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(5000)))
        .build());
    assertThat(t.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(t.reason()).isEqualTo(BenefitReason.EXCLUDED_FUNDING);
    assertThat(step(t, "tuition.funding").result()).isEqualTo(new Datum.OfBoolean(true));
    assertThat(t.explanation().steps()).extracting(Step::rule).containsExactly("service.approval_date",
        "tuition.funding", "tuition.not_applicable");
  }

  @Test
  void nothingPaidAndNothingLeftIsNotApplicable() {
    // a year with nothing paid and no years left: compensation 0, total 0, so not applicable
    TuitionCompensation t = TuitionCalculator.of(SAMPLES).calculate(student()
        .addAcademicYears(AcademicYear.ofTuition(Cny.ZERO)).build());
    assertThat(t.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(t.reason()).isEqualTo(BenefitReason.NO_TUITION_COSTS);
    assertThat(t.payments()).isEmpty();
    assertThat(step(t, "tuition.total").result()).isEqualTo(money(0));
  }
}
