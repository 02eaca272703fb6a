package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileGen;
import org.zhengbing.policy.testing.ProfileGen.Setting;

/**
 * The batch totals path agrees with the explained accounts under rules no sample region publishes (ILLUSTRATIVE
 * what-if overlays for Jiangjin 2025, and a region with no local parameters at all), so that the table's branches for
 * part periods, early stops, other formulas, missing parameters and discharge-dated changes are compared with real
 * amounts. A profile whose explained account throws (a formula needing the hukou type it lacks) must make the batch
 * throw the same exception.
 */
class TotalsTableWhatIfPropertiesTest {

  private static final int PROFILES = 120;
  private static final Setting JIANGJIN = Setting.of("500116", "2025-AUTUMN");

  @Test
  void partPeriodsPaidProRataAgree() {
    // five-monthly instalments: 24 months are 4 full periods and a part of 4 months, paid pro rata
    PolicyBook book = overlay(SAMPLES, "family_payment.period_months", "national", "2025-01-01", null,
        new Datum.OfInteger(5), "five-monthly instalments");
    book = overlay(book, "family_payment.part_period_counts_as_full", "national", "2025-01-01", null,
        new Datum.OfBoolean(false), "part periods pro rata");
    assertBatchAgrees(book, JIANGJIN, EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void partPeriodsPaidInFullAgree() {
    PolicyBook book = overlay(SAMPLES, "family_payment.period_months", "national", "2025-01-01", null,
        new Datum.OfInteger(7), "seven-monthly instalments");
    assertBatchAgrees(book, JIANGJIN, EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void paymentsThatGoOnAfterAnEarlyChangeAgree() {
    PolicyBook book = overlay(SAMPLES, "family_payment.stops_on_early_status_change", "national", "2025-01-01", null,
        new Datum.OfBoolean(false), "paid for the whole term");
    book = overlay(book, "family_payment.period_months", "national", "2025-01-01", null, new Datum.OfInteger(5),
        "five-monthly instalments");
    assertBatchAgrees(book, JIANGJIN, EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void anIncomeMultipleFormulaAgreesAndAMissingHukouTypeThrowsInBoth() {
    PolicyBook book = overlay(SAMPLES, "family_payment.formula", "500116", "2025-01-01", null,
        Fixtures.constant("family_payment_formula", "income_multiple"), "older formula");
    book = overlay(book, "family_payment.reference_income", "500116", "2025-01-01", null,
        Fixtures.moneyTable("hukou_type", Map.of("rural", "20000", "urban", "40000")), "older formula");
    book = overlay(book, "family_payment.income_multiple", "500116", "2025-01-01", null,
        new Datum.OfDecimal(new BigDecimal("1.5")), "older formula");
    assertBatchAgrees(book, JIANGJIN, EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void aFixedSubsidyFromTheDischargeYearAgrees() {
    // the subsidy changes on 2027-01-01: a term ending in 2027 and an early discharge in 2026 read different rules
    PolicyBook book = overlay(SAMPLES, "local_subsidy.formula", "500116", "2027-01-01", null,
        Fixtures.constant("local_subsidy_formula", "fixed"), "fixed subsidy");
    book = overlay(book, "local_subsidy.fixed_amount", "500116", "2027-01-01", null,
        Fixtures.moneyTable("soldier_type", Map.of("conscript", "20000")), "fixed subsidy");
    book = overlay(book, "local_subsidy.rural_fraction", "500116", "2027-01-01", null, Fixtures.rate("30%"),
        "rural fraction");
    assertBatchAgrees(book, JIANGJIN, EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void aRegionWithoutLocalParametersAgrees() {
    // Guangzhou publishes nothing in the sample policy: every local item is not published, so contributes 0
    assertBatchAgrees(SAMPLES, Setting.of("440100", "2025-AUTUMN"), EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void fundingExclusionsInForceBeforeTheCapsAgree() {
    // what if the excluded fundings had been published from 2011: Chengdu 2018 students with costs reach the
    // tuition cap, which is published only from 2019, on approval (and on an early return before 2019)
    Datum excluded = new Datum.OfTable("student_funding", Datum.Kind.BOOLEAN, com.google.common.collect.ImmutableMap.of(
        "ordinary", new Datum.OfBoolean(false), "directed", new Datum.OfBoolean(true)));
    PolicyBook book = overlay(SAMPLES, "tuition.excluded_funding", "national", "2011-10-29", "2019-01-01", excluded,
        "exclusions published earlier");
    assertBatchAgrees(book, Setting.of("510100", "2018-AUTUMN", "2018-09-01"), EnumSet.allOf(BenefitKind.class));
  }

  @Test
  void eachKindAloneAgrees() {
    for (BenefitKind k : BenefitKind.values()) {
      assertBatchAgrees(SAMPLES, JIANGJIN, EnumSet.of(k));
    }
  }

  @Test
  void someKindsOnlyAgree() {
    assertBatchAgrees(SAMPLES, JIANGJIN, EnumSet.of(BenefitKind.MERIT_BONUS));
    assertBatchAgrees(SAMPLES, JIANGJIN, EnumSet.of(BenefitKind.WAITING_ALLOWANCE, BenefitKind.TUITION));
    assertBatchAgrees(SAMPLES, JIANGJIN, EnumSet.of(BenefitKind.SELF_EMPLOYMENT_SUBSIDY, BenefitKind.FAMILY_PAYMENT));
    assertBatchAgrees(SAMPLES, JIANGJIN, EnumSet.of(BenefitKind.DISCHARGE_PAYMENT, BenefitKind.ALLOWANCE));
  }

  private static void assertBatchAgrees(PolicyBook book, Setting setting, Set<BenefitKind> kinds) {
    BenefitsCalculator calc = BenefitsCalculator.of(book);
    List<CandidateProfile> profiles = new ArrayList<>();
    List<CandidateProfile> throwing = new ArrayList<>();
    qt().withExamples(PROFILES).withShrinkCycles(0).forAll(ProfileGen.profiles(setting)).checkAssert(p -> {
      try {
        calc.calculate(p);
        profiles.add(p);
      } catch (IllegalArgumentException e) {
        throwing.add(p);
      }
    });
    BenefitTotals totals = calc.totals(profiles, kinds);
    assertThat(totals.size()).isEqualTo(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      EnlistmentBenefits account = calc.calculate(profiles.get(i));
      for (BenefitKind k : kinds) {
        assertThat(totals.amount(i, k)).as("%s of %s", k, profiles.get(i)).isEqualTo(account.item(k).total());
      }
    }
    BenefitTotals byRules = calc.totals(profiles.subList(0, Math.min(20, profiles.size())),
        setting.approvalDate().isPresent()
            ? BenefitRules.resolve(book, setting.region(), setting.term(), setting.approvalDate().get())
            : BenefitRules.resolve(book, setting.region(), setting.term()));
    for (int i = 0; i < byRules.size(); i++) {
      assertThat(byRules.total(i)).as("total of %s", profiles.get(i)).isEqualTo(calc.calculate(profiles.get(i)).total());
    }
    for (CandidateProfile p : throwing.subList(0, Math.min(5, throwing.size()))) {
      String message = messageOf(() -> calc.calculate(p));
      assertThatThrownBy(() -> calc.totals(List.of(p))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(message);
    }
  }

  private static String messageOf(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an IllegalArgumentException");
  }
}
