package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.testing.ProfileDraft;

/** The family payment's explanation: every step the calculation takes, in order, with its worked-out result. */
class FamilyPaymentStepsTest {

  private static Datum money(long yuan) {
    return new Datum.OfMoney(Cny.ofYuan(yuan));
  }

  private static Datum rate(String percent) {
    return new Datum.OfRate(Rate.parse(percent));
  }

  @Test
  void aBaseWithUpliftsIsExplainedStepByStep() {
    // Jiangjin 2025 (ILLUSTRATIVE sample): standard 12,000, bachelor-graduate uplift 60%, Tibet/Xinjiang 20%:
    // 12,000 × (1 + 0.6 + 0.2) = 21,600 a year; six-monthly: 10,800 × 4 = 43,200
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(SAMPLES).calculate(ProfileDraft.of("500116", "2025-AUTUMN")
        .educationLevel(EducationLevel.UNDERGRADUATE).posting(Posting.TIBET_XINJIANG).build());
    assertThat(s.explanation().steps()).extracting(Step::rule).containsExactly("service.approval_date",
        "service.term_end", "family_payment.entitled_months", "family_payment.formula",
        "family_payment.posting_uplift", "family_payment.annual_standard", "family_payment.education_uplift",
        "family_payment.annual", "family_payment.instalment", "family_payment.instalment_count",
        "family_payment.total");
    assertThat(step(s, "family_payment.entitled_months").result()).isEqualTo(new Datum.OfInteger(24));
    assertThat(step(s, "family_payment.posting_uplift").result()).isEqualTo(rate("20%"));
    assertThat(step(s, "family_payment.annual_standard").result()).isEqualTo(money(12000));
    assertThat(step(s, "family_payment.education_uplift").result()).isEqualTo(rate("60%"));
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(money(21600));
    assertThat(step(s, "family_payment.instalment").result()).isEqualTo(money(10800));
    assertThat(step(s, "family_payment.instalment_count").result()).isEqualTo(new Datum.OfInteger(4));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(43200));
  }

  @Test
  void upliftsARegionDoesNotPublishAreZeroWithoutATable() {
    // Nan'an 2014 publishes only the standard, 9,300: both uplifts are 0%, with no table as their input
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(SAMPLES).calculate(ProfileDraft.of("350583", "2014-AUTUMN")
        .approvalDate(LocalDate.of(2014, 9, 1)).educationLevel(EducationLevel.SENIOR_HIGH).build());
    Step posting = step(s, "family_payment.posting_uplift");
    assertThat(posting.result()).isEqualTo(rate("0%"));
    assertThat(posting.inputs()).extracting(i -> i.name()).containsExactly("posting");
    assertThat(step(s, "family_payment.education_uplift").inputs()).extracting(i -> i.name())
        .containsExactly("education_category");
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(money(9300));
  }

  @Test
  void aPartPeriodPaidProRataIsItsOwnStepAndPeriod() {
    // what if part periods were paid pro rata: a senior-high sergeant selected after 8 months gets one full
    // instalment (6,000 for 2025-09-01..2026-02-28) and 6,000 × 2/6 = 2,000 for 2026-03-01..2026-04-30
    PolicyBook book = overlay(SAMPLES, "family_payment.part_period_counts_as_full", "national", "2025-01-01", null,
        new Datum.OfBoolean(false), "part periods paid pro rata");
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(book).calculate(ProfileDraft.of("500116", "2025-AUTUMN")
        .educationLevel(EducationLevel.SENIOR_HIGH).sergeantSelectedAfterMonths(8).build());
    assertThat(step(s, "family_payment.entitled_months").result()).isEqualTo(new Datum.OfInteger(8));
    assertThat(step(s, "family_payment.instalment_count").result()).isEqualTo(new Datum.OfInteger(2));
    assertThat(step(s, "family_payment.part_period").result()).isEqualTo(money(2000));
    assertThat(s.instalments().get(1).period()).contains(DateSpan.parse("2026-03-01/2026-04-30"));
    assertThat(s.instalments().get(1).dueOn()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void anIncomeMultipleIsExplainedAndChecked() {
    // what if the family got 1.5 × the previous year's rural per-capita income of 20,000: 30,000 a year
    PolicyBook book = overlay(SAMPLES, "family_payment.formula", "500116", "2025-01-01", null,
        Fixtures.constant("family_payment_formula", "income_multiple"), "older formula");
    book = overlay(book, "family_payment.reference_income", "500116", "2025-01-01", null,
        Fixtures.moneyTable("hukou_type", Map.of("rural", "20000")), "older formula");
    PolicyBook half = overlay(book, "family_payment.income_multiple", "500116", "2025-01-01", null,
        new Datum.OfDecimal(new BigDecimal("1.5")), "older formula");
    ProfileDraft rural = ProfileDraft.of("500116", "2025-AUTUMN").educationLevel(EducationLevel.SENIOR_HIGH)
        .hukouType(HukouType.RURAL);
    FamilyPaymentSchedule s = FamilyPaymentCalculator.of(half).calculate(rural.build());
    assertThat(step(s, "family_payment.income_basis").result()).isEqualTo(money(30000));
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(money(30000));
    // no urban row: not published
    FamilyPaymentSchedule urban = FamilyPaymentCalculator.of(half).calculate(ProfileDraft.of("500116", "2025-AUTUMN")
        .educationLevel(EducationLevel.SENIOR_HIGH).hukouType(HukouType.URBAN).build());
    assertThat(urban.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    // a multiple of 0 pays nothing; a negative multiple is refused
    PolicyBook zero = overlay(book, "family_payment.income_multiple", "500116", "2025-01-01", null,
        new Datum.OfDecimal(BigDecimal.ZERO), "nothing");
    assertThat(FamilyPaymentCalculator.of(zero).calculate(rural.build()).total()).isEqualTo(Cny.ZERO);
    PolicyBook negative = overlay(book, "family_payment.income_multiple", "500116", "2025-01-01", null,
        new Datum.OfDecimal(new BigDecimal("-0.5")), "a typo");
    assertThatThrownBy(() -> FamilyPaymentCalculator.of(negative).calculate(rural.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("family_payment.income_multiple must be >= 0, but was -0.5");
  }

  @Test
  void aNegativeUpliftIsRefused() {
    PolicyBook book = overlay(SAMPLES, "family_payment.posting_uplift", "500116", "2025-01-01", null,
        new Datum.OfTable("posting", Datum.Kind.RATE, com.google.common.collect.ImmutableMap.of("tibet_xinjiang",
            rate("-10%"))), "a typo");
    assertThatThrownBy(() -> FamilyPaymentCalculator.of(book).calculate(ProfileDraft.of("500116", "2025-AUTUMN")
        .posting(Posting.TIBET_XINJIANG).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("family_payment.posting_uplift must be >= 0%, but the row tibet_xinjiang was -10%");
  }
}
