package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;
import static org.zhengbing.policy.benefit.Fixtures.step;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * The allowance, merit bonus, reward and local subsidy under rules the sample regions do not publish (ILLUSTRATIVE
 * what-if overlays on Jiangjin 2025), and the service inputs their explanations record. Calculators are made inside
 * each test, so that the rules they resolve are resolved while the test runs.
 */
class OtherCalculatorsStepsTest {

  private static ProfileDraft jiangjin() {
    return ProfileDraft.of("500116", "2025-AUTUMN");
  }

  @Test
  void theAllowanceIsPaidMonthByMonthOverTheTerm() {
    // national (ILLUSTRATIVE) from 2025: 1,100 a month in the first year, 1,200 in the second: 24 payments, 27,600
    AllowanceSchedule s = AllowanceCalculator.of(SAMPLES).calculate(jiangjin().build());
    assertThat(s.payments()).hasSize(24);
    assertThat(s.payments().get(23).period()).contains(org.zhengbing.core.time.DateSpan.parse(
        "2027-08-01/2027-08-31"));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(27600));
  }

  @Test
  void aThreeYearTermPaysTheLastListedRateInItsThirdYear() {
    // what if the term were three years: 12 × 1,100 + 24 × 1,200 = 13,200 + 28,800 = 42,000
    PolicyBook book = overlay(SAMPLES, "service.conscript_term.years", "national", "2025-01-01", null,
        new Datum.OfInteger(3), "a three-year term");
    AllowanceSchedule s = AllowanceCalculator.of(book).calculate(jiangjin().build());
    assertThat(s.payments()).hasSize(36);
    assertThat(s.payments().get(35).amount()).isEqualTo(Cny.ofYuan(1200));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(42000));
  }

  @Test
  void anEmptyAllowanceListIsNotPublished() {
    PolicyBook book = overlay(SAMPLES, "allowance.monthly_by_service_year", "national", "2025-01-01", null,
        new Datum.OfList(Datum.Kind.MONEY, ImmutableList.of()), "no figure");
    AllowanceSchedule s = AllowanceCalculator.of(book).calculate(jiangjin().build());
    assertThat(s.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(s.payments()).isEmpty();
    assertThat(step(s, "allowance.not_published").input("parameter").orElseThrow().value().toString())
        .contains("allowance.monthly_by_service_year[1]");
    assertThat(BenefitsCalculator.of(book).totals(java.util.List.of(jiangjin().build()))
        .amount(0, BenefitKind.ALLOWANCE)).isEqualTo(Cny.ZERO);
  }

  @Test
  void explanationsRecordHowServiceEndedEarly() {
    // a conscript promoted to officer after 6 months, having served 10: the allowance is paid for 6 months
    AllowanceSchedule s = AllowanceCalculator.of(SAMPLES).calculate(jiangjin().monthsServed(10)
        .officerOrAcademyAfterMonths(6).build());
    assertThat(step(s, "allowance.months").inputs()).extracting(Input::name)
        .containsExactly("term_months", "months_served", "officer_or_academy_after_months");
    assertThat(step(s, "allowance.months").result()).isEqualTo(new Datum.OfInteger(6));
    FamilyPaymentSchedule f = FamilyPaymentCalculator.of(SAMPLES).calculate(jiangjin()
        .sergeantSelectedAfterMonths(8).build());
    assertThat(step(f, "family_payment.entitled_months").inputs()).extracting(Input::name)
        .containsExactly("term_months", "sergeant_selected_after_months", "stops_on_early_status_change");
  }

  @Test
  void aMeritBonusIsPaidWhenServiceEnds() {
    // Jiangjin (ILLUSTRATIVE): a second-class merit 3,000, paid when the soldier leaves: on promotion to officer
    // after 12 months (2026-09-01), otherwise at the end of the term (2027-09-01)
    MeritBonusCalculator calc = MeritBonusCalculator.of(SAMPLES);
    MeritBonus officer = calc.calculate(jiangjin().addMerits(MeritAward.SECOND_CLASS_MERIT)
        .officerOrAcademyAfterMonths(12).build());
    assertThat(officer.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2026, 9, 1));
    assertThat(officer.total()).isEqualTo(Cny.ofYuan(3000));
    MeritBonus soldier = calc.calculate(jiangjin().addMerits(MeritAward.SECOND_CLASS_MERIT).build());
    assertThat(soldier.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2027, 9, 1));
  }

  @Test
  void aCategoryWithAZeroRewardIsNotRewarded() {
    // what if senior-high recruits got nothing: their reward is not applicable, not a payment of zero
    PolicyBook book = overlay(SAMPLES, "enlistment_reward.by_category", "500116", "2025-01-01", null,
        Fixtures.moneyTable("education_category", Map.of("senior_high", "0", "bachelor_graduate", "10000")),
        "no reward for senior high");
    EnlistmentReward r = EnlistmentRewardCalculator.of(book).calculate(jiangjin()
        .educationLevel(EducationLevel.SENIOR_HIGH).build());
    assertThat(r.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(step(r, "enlistment_reward.not_applicable").result()).isEqualTo(new Datum.OfMoney(Cny.ZERO));
  }

  @Test
  void negativeSubsidyMultiplesAndFractionsAreRefused() {
    PolicyBook negativeMultiple = overlay(Fixtures.wageMultiple(), "local_subsidy.wage_multiple", "500116", "2027-01-01", null,
        Fixtures.decimalTable("soldier_type", Map.of("conscript", "-1")), "a typo");
    assertThatThrownBy(() -> SelfEmploymentSubsidyCalculator.of(negativeMultiple).calculate(jiangjin().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("local_subsidy.wage_multiple must be >= 0, but the row conscript was -1");
    PolicyBook zeroMultiple = overlay(Fixtures.wageMultiple(), "local_subsidy.wage_multiple", "500116", "2027-01-01", null,
        Fixtures.decimalTable("soldier_type", Map.of("conscript", "0")), "nothing");
    assertThat(SelfEmploymentSubsidyCalculator.of(zeroMultiple).calculate(jiangjin().build()).total())
        .isEqualTo(Cny.ZERO);
    PolicyBook negativeFraction = overlay(SAMPLES, "local_subsidy.rural_fraction", "500116", "2027-01-01", null,
        new Datum.OfRate(Rate.parse("-30%")), "a typo");
    assertThatThrownBy(() -> SelfEmploymentSubsidyCalculator.of(negativeFraction).calculate(jiangjin()
        .hukouType(HukouType.RURAL).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("local_subsidy.rural_fraction must be >= 0%, but was -30%");
  }
}
