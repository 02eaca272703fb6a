package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * The one-time discharge payment on either side of 2024-09-01. The base, 4,500 a year of service, is the 2011
 * figure bundled as ILLUSTRATIVE (DOMAIN.md B3); the rules are 退役士兵安置条例 Art 20 (until 2024-08-31) and
 * 退役军人安置条例 Arts 21-22 (from 2024-09-01).
 */
class DischargePaymentCalculatorTest {

  private static final DischargePaymentCalculator CALC = DischargePaymentCalculator.of(SAMPLES);

  private static DischargePayment pay(String term, int months, MeritAward... merits) {
    return CALC.calculate(ProfileDraft.of("500116", term).monthsServed(months).addMerits(merits).build());
  }

  private static String ruleDocument(DischargePayment d) {
    return step(d, "discharge.service_time").input("service_time_rounding").orElseThrow().provenance()
        .map(p -> p.citation().document()).orElseThrow();
  }

  @Test
  void aFullTermOnEitherSideOfTheChangePaysTwoYears() {
    // spring 2022 cohort: approved 2022-03-01, discharged 2024-03-01 under the 2011 rule: 2 × 4,500 = 9,000
    DischargePayment before = pay("2022-SPRING", 24);
    assertThat(before.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2024, 3, 1));
    assertThat(before.total()).isEqualTo(Cny.ofYuan(9000));
    assertThat(ruleDocument(before)).isEqualTo("退役士兵安置条例");
    // autumn 2022 cohort: approved 2022-09-01, discharged 2024-09-01 under the 2024 rule: also 9,000
    DischargePayment after = pay("2022-AUTUMN", 24);
    assertThat(after.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2024, 9, 1));
    assertThat(after.total()).isEqualTo(Cny.ofYuan(9000));
    assertThat(ruleDocument(after)).isEqualTo("退役军人安置条例");
    // the 09-01 approval date is the 2020 reform's, carried forward (illustrative after 2021)
    assertThat(after.illustrativeKeys()).containsExactly("calendar.season.autumn.approval_date",
        "discharge.base_per_year");
  }

  @Test
  void partYearsRoundUpOnlyBeforeTheChange() {
    // 19 months from 2022-09-01: discharged 2024-04-01, 2011 Art 20: over 6 months and under a year counts as a year,
    // so 24 months: 9,000.
    DischargePayment before = pay("2022-AUTUMN", 19);
    assertThat(before.payments().get(0).dueOn()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(step(before, "discharge.service_time").result()).isEqualTo(new Datum.OfInteger(24));
    assertThat(before.total()).isEqualTo(Cny.ofYuan(9000));
    // 19 months from 2023-03-01: discharged 2024-10-01, 2024 Art 21 states no rounding: 4,500 × 19/12 = 7,125.
    DischargePayment after = pay("2023-SPRING", 19);
    assertThat(after.payments().get(0).dueOn()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(step(after, "discharge.service_time").result()).isEqualTo(new Datum.OfInteger(19));
    assertThat(after.total()).isEqualTo(Cny.ofYuan(7125));
  }

  @Test
  void underSixMonthsCountsAsSixBeforeTheChange() {
    // 2011 Art 20: under 6 months counts as 6 months (2,250); exactly 6 months is 6 months; 7 months counts as a year
    // (4,500); 25 months counts as two and a half years (11,250).
    assertThat(pay("2021-AUTUMN", 3).total()).isEqualTo(Cny.ofYuan(2250));
    assertThat(pay("2021-AUTUMN", 6).total()).isEqualTo(Cny.ofYuan(2250));
    assertThat(pay("2021-AUTUMN", 7).total()).isEqualTo(Cny.ofYuan(4500));
    assertThat(pay("2021-SPRING", 25).total()).isEqualTo(Cny.ofYuan(11250));
    // after the change 7 months is 4,500 × 7/12 = 2,625
    assertThat(pay("2025-AUTUMN", 7).total()).isEqualTo(Cny.ofYuan(2625));
  }

  @Test
  void meritUpliftsFollowTheRuleThenInForce() {
    // honorary title: 2011 +15% → 10,350; 2024 +25% → 11,250
    assertThat(pay("2022-SPRING", 24, MeritAward.HONORARY_TITLE).total()).isEqualTo(Cny.ofYuan(10350));
    assertThat(pay("2022-AUTUMN", 24, MeritAward.HONORARY_TITLE).total()).isEqualTo(Cny.ofYuan(11250));
    // medal: not in the 2011 list (no uplift, 9,000); 2024 +25% → 11,250
    assertThat(pay("2022-SPRING", 24, MeritAward.MEDAL).total()).isEqualTo(Cny.ofYuan(9000));
    assertThat(pay("2022-AUTUMN", 24, MeritAward.MEDAL).total()).isEqualTo(Cny.ofYuan(11250));
    // first-class war merit exists only in the 2024 list: +20% → 10,800
    assertThat(pay("2022-AUTUMN", 24, MeritAward.FIRST_CLASS_WAR_MERIT).total()).isEqualTo(Cny.ofYuan(10800));
    // 一等功 +15% under both → 10,350; 二等功 +10% → 9,900; 三等功 +5% → 9,450
    assertThat(pay("2022-SPRING", 24, MeritAward.FIRST_CLASS_MERIT).total()).isEqualTo(Cny.ofYuan(10350));
    assertThat(pay("2022-AUTUMN", 24, MeritAward.FIRST_CLASS_MERIT).total()).isEqualTo(Cny.ofYuan(10350));
    assertThat(pay("2022-AUTUMN", 24, MeritAward.SECOND_CLASS_MERIT).total()).isEqualTo(Cny.ofYuan(9900));
    assertThat(pay("2022-AUTUMN", 24, MeritAward.THIRD_CLASS_MERIT).total()).isEqualTo(Cny.ofYuan(9450));
  }

  @Test
  void onlyTheHighestUpliftApplies() {
    // 三等功 (5%) and 二等功 (10%) and an outstanding-soldier commendation (no uplift): 9,000 × 1.10 = 9,900
    DischargePayment d = pay("2022-AUTUMN", 24, MeritAward.THIRD_CLASS_MERIT, MeritAward.SECOND_CLASS_MERIT,
        MeritAward.OUTSTANDING_SOLDIER);
    assertThat(step(d, "discharge.merit_uplift").result()).isEqualTo(Fixtures.rate("10%"));
    assertThat(d.total()).isEqualTo(Cny.ofYuan(9900));
    Citation rule = step(d, "discharge.merit_uplift").input("merit_uplift").orElseThrow().provenance().orElseThrow()
        .citation();
    assertThat(rule.document()).isEqualTo("退役军人安置条例");
    assertThat(rule.article()).contains("第二十二条");
    assertThat(rule.articleText()).hasValueSatisfying(t -> assertThat(t).contains("荣立三等战功或者二等功的，增发10%"));
  }

  @Test
  void upliftAmountIsRoundedToTheFenHalfUp() {
    // 2025 rule, 5 months: 4,500 × 5/12 = 1,875; +5%: 93.75 → 1,968.75. 11 months: 4,125; +5% = 206.25 → 4,331.25.
    // 1 month: 375; +5% = 18.75 → 393.75
    assertThat(pay("2025-AUTUMN", 5, MeritAward.THIRD_CLASS_MERIT).total()).isEqualTo(Cny.of("1968.75"));
    assertThat(pay("2025-AUTUMN", 11, MeritAward.THIRD_CLASS_MERIT).total()).isEqualTo(Cny.of("4331.25"));
    // 7 months with 25%: 2,625 × 0.25 = 656.25 → 3,281.25
    assertThat(pay("2025-AUTUMN", 7, MeritAward.MEDAL).total()).isEqualTo(Cny.of("3281.25"));
  }

  @Test
  void anOfficerOrCadetIsNotPaid() {
    DischargePayment d = CALC.calculate(ProfileDraft.of("500116", "2025-AUTUMN").officerOrAcademyAfterMonths(18)
        .build());
    assertThat(d.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(d.reason()).isEqualTo(BenefitReason.OFFICER_OR_CADET);
  }
}
