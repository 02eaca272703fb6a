package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.CALC;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;

import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * The rules' own checks: parameter values out of their range, rules used with a profile of another term or with a
 * calculator of another policy, and what rules, dates and totals say about themselves.
 */
class BenefitRulesChecksTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final ConscriptionTerm AUTUMN_2025 = ConscriptionTerm.parse("2025-AUTUMN");

  private static PolicyBook periodMonths(long months) {
    return overlay(SAMPLES, "family_payment.period_months", "national", "2025-01-01", null,
        new Datum.OfInteger(months), "period of " + months + " months");
  }

  private static PolicyBook termYears(long years) {
    return overlay(SAMPLES, "service.conscript_term.years", "national", "2025-01-01", null,
        new Datum.OfInteger(years), "term of " + years + " years");
  }

  @Test
  void aFamilyPaymentPeriodOutside1To24MonthsIsRejected() {
    assertThatThrownBy(() -> BenefitRules.resolve(periodMonths(0), JIANGJIN, AUTUMN_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("family_payment.period_months must be in 1..24, but was 0");
    assertThatThrownBy(() -> BenefitRules.resolve(periodMonths(25), JIANGJIN, AUTUMN_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("family_payment.period_months must be in 1..24, but was 25");
    // the bounds themselves are allowed: monthly instalments, or one for the whole two-year term
    assertThat(BenefitRules.resolve(periodMonths(1), JIANGJIN, AUTUMN_2025).familyPeriodMonths.orElseThrow().value())
        .isEqualTo(1L);
    assertThat(BenefitRules.resolve(periodMonths(24), JIANGJIN, AUTUMN_2025).familyPeriodMonths.orElseThrow().value())
        .isEqualTo(24L);
  }

  @Test
  void aConscriptTermOutside1To10YearsIsRejected() {
    assertThatThrownBy(() -> ServiceDates.resolve(termYears(0), JIANGJIN, AUTUMN_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service.conscript_term.years must be in 1..10, but was 0");
    assertThatThrownBy(() -> ServiceDates.resolve(termYears(11), JIANGJIN, AUTUMN_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service.conscript_term.years must be in 1..10, but was 11");
    // approved 2025-09-01: one year ends on 2026-09-01, ten years on 2035-09-01
    assertThat(ServiceDates.resolve(termYears(1), JIANGJIN, AUTUMN_2025).termEnd()).hasToString("2026-09-01");
    assertThat(ServiceDates.resolve(termYears(10), JIANGJIN, AUTUMN_2025).termEnd()).hasToString("2035-09-01");
  }

  @Test
  void everyCalculatorRejectsRulesOfAnotherTermOrPolicy() {
    BenefitRules spring = BenefitRules.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse("2025-SPRING"));
    BenefitRules otherBook = BenefitRules.resolve(periodMonths(6), JIANGJIN, AUTUMN_2025);
    CandidateProfile autumn = ProfileDraft.of("500116", "2025-AUTUMN").build();
    List<BiConsumer<CandidateProfile, BenefitRules>> calculators = List.of(
        CALC::calculate,
        AllowanceCalculator.of(SAMPLES)::calculate,
        DischargePaymentCalculator.of(SAMPLES)::calculate,
        EnlistmentRewardCalculator.of(SAMPLES)::calculate,
        FamilyPaymentCalculator.of(SAMPLES)::calculate,
        MeritBonusCalculator.of(SAMPLES)::calculate,
        SelfEmploymentSubsidyCalculator.of(SAMPLES)::calculate,
        TuitionCalculator.of(SAMPLES)::calculate,
        WaitingAllowanceCalculator.of(SAMPLES)::calculate);
    for (BiConsumer<CandidateProfile, BenefitRules> calc : calculators) {
      assertThatThrownBy(() -> calc.accept(autumn, spring))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rules for 500116 2025-SPRING must be used with a profile of that region, term and "
              + "approval date, but the profile enlists in 500116 2025-AUTUMN");
      assertThatThrownBy(() -> calc.accept(autumn, otherBook))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rules must be resolved from this calculator's policy, but were resolved from another");
    }
    assertThatThrownBy(() -> CALC.totals(List.of(autumn), otherBook))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules must be resolved from this calculator's policy, but were resolved from another");
    assertThatThrownBy(() -> CALC.totals(List.of(autumn), spring))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but the profile enlists in 500116 2025-AUTUMN");
  }

  @Test
  void rulesGivenAnApprovalDateNameItWhenMisused() {
    BenefitRules approved = BenefitRules.resolve(SAMPLES, JIANGJIN, AUTUMN_2025, java.time.LocalDate.of(2025, 9, 10));
    assertThatThrownBy(() -> CALC.calculate(ProfileDraft.of("500116", "2025-AUTUMN").build(), approved))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules for 500116 2025-AUTUMN approved 2025-09-10 must be used with a profile of that "
            + "region, term and approval date, but the profile enlists in 500116 2025-AUTUMN");
    BenefitRules seasonal = BenefitRules.resolve(SAMPLES, JIANGJIN, AUTUMN_2025);
    assertThatThrownBy(() -> CALC.calculate(ProfileDraft.of("500116", "2025-AUTUMN")
        .approvalDate(java.time.LocalDate.of(2025, 9, 10)).build(), seasonal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules for 500116 2025-AUTUMN must be used with a profile of that region, term and "
            + "approval date, but the profile enlists in 500116 2025-AUTUMN approved 2025-09-10");
  }

  @Test
  void rulesDatesAndTotalsSayWhatTheyAre() {
    // approved 2025-09-01 (the autumn approval date), two years: the term ends on 2027-09-01
    BenefitRules rules = BenefitRules.resolve(SAMPLES, JIANGJIN, AUTUMN_2025);
    assertThat(rules.dates()).hasToString("ServiceDates[2025-AUTUMN: 2025-09-01 to 2027-09-01 (2 years)]");
    assertThat(rules).hasToString("BenefitRules[500116 ServiceDates[2025-AUTUMN: 2025-09-01 to 2027-09-01 (2 years)]]");
    List<CandidateProfile> two = List.of(ProfileDraft.of("500116", "2025-AUTUMN").build(),
        ProfileDraft.of("500116", "2025-AUTUMN").build());
    BenefitTotals all = CALC.totals(two);
    assertThat(all.toString()).isEqualTo("BenefitTotals[2 candidates, " + all.grandTotal() + "]");
    BenefitTotals merit = CALC.totals(two, java.util.EnumSet.of(BenefitKind.MERIT_BONUS));
    assertThat(merit.toString()).isEqualTo("BenefitTotals[2 candidates, [MERIT_BONUS], CNY 0.00]");
  }

  @Test
  void unequalTotalsAndDatesHashApart() {
    CandidateProfile a = ProfileDraft.of("500116", "2025-AUTUMN").build();
    CandidateProfile b = ProfileDraft.of("500116", "2025-AUTUMN").monthsServed(3).build();
    assertThat(CALC.totals(List.of(a)).hashCode()).isEqualTo(CALC.totals(List.of(a)).hashCode())
        .isNotEqualTo(CALC.totals(List.of(b)).hashCode());
    ServiceDates autumn = ServiceDates.resolve(SAMPLES, JIANGJIN, AUTUMN_2025);
    ServiceDates spring = ServiceDates.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse("2025-SPRING"));
    assertThat(autumn.hashCode()).isNotEqualTo(spring.hashCode());
  }
}
